/**
 * Lexicons as compact text. Compiled once by lexicon.ts.
 *
 * Format, one block per group:
 *   @category.group W P [flags]     W = weight as a plain mention, P = weight with first-person
 *                                   possession ("my wife"); both in hundredths.
 *   term term multi_word_phrase =exact prefix* term:W term:W:P
 * Terms are matched case- and accent-insensitively, with light plural/inflection stripping.
 *   `_` joins the words of a phrase (a hyphen in the text matches too);
 *   `=word` matches only that exact form (no inflection stripping);
 *   `word*` matches any word starting with it (verb stems in Romance languages);
 *   `:W` / `:W:P` override the group's weights for one term.
 * Flags: `of`   – neutral in "X of <something>" without a possessive ("a family of products");
 *        `into` – verbs used as metaphors when followed by "into"/"in" ("we baked security into …").
 *
 * Special groups:
 *   @neutral W      idioms and business uses: personal words inside them never fire; W = professional weight.
 *   @pro W [head] [pre]  professional vocabulary. `head`: a business noun that makes a preceding personal
 *                   noun a modifier ("food delivery startup", "cookie consent banner"); `pre`: a business
 *                   modifier that neutralises the next personal noun ("team lunch", "client dinner").
 *   @func.poss / .pron / .of / .for / .into   function words: first-person possessives and pronouns,
 *                   "of"-like and "for"-like prepositions, "into".
 */

export const LEXICON: Record<string, string> = {
  // ------------------------------------------------------------------------------------------------
  en: `
@func.poss
my our mine ours
@func.pron
i me we us myself ourselves =im =ive =id
@func.of
of
@func.for
for
@func.into
into in
@func.third
his her their hers theirs
@func.neg
no not never without

@food.baking 35 60 into
muffin cupcake croissant brownie cookie biscuit cake cheesecake pie tart pastry pastries =pastries donut doughnut bagel
scone cinnamon_roll banana_bread sourdough baguette brioche macaron waffle pancake crepe bake baked baking:30 =baked
homemade:45 home_made:45 from_scratch:20 oven:15 flour:20 dough:20 frosting icing:20 sprinkles batch_of:10 baker:05
@food.meals 30 55
breakfast:30 brunch:45 lunch:20 dinner:30 supper:35 dessert:40 snack:25 meal:25 feast:35 picnic:40 leftovers:35
pizza burger hamburger cheeseburger sandwich:20 sushi ramen taco burrito pasta spaghetti lasagna steak bbq barbecue
barbeque grill:20 grilling:35 roast:25 curry noodle salad:25 soup:25 smoothie ice_cream gelato chocolate candy
cheese:25 bread:15 fries nachos popcorn omelette omelet pancakes bacon eggs:20 avocado_toast fried_chicken
dumpling poke_bowl tapas paella risotto fondue raclette charcuterie cheeseboard cheese_board hot_dog kebab falafel
recipe:35 delicious:40 yummy:55 yum:50 tasty:35 foodie:55 food_coma:60 cheat_day:55 comfort_food:50
cook:30 cooked:35 cooking:30 =cooks:20 chef_kiss:40 dine:30 dining:25 eat:25 ate:35 eating:25 =eats:30 =eaten:30
hungry:25 starving:30 kitchen:20 restaurant:20:20 =foodporn:60 treat:15 treats:20 sweet_tooth:50 sugar_rush:50
food:20 grocery:25 groceries:25 farmers_market:45 takeout:40 take_out:30 delivery_food:30 bon_appetit:55
@food.coffee 15 35
coffee latte cappuccino espresso flat_white matcha tea:10 chai hot_chocolate cocoa:10 iced_coffee:25 caffeine:20
morning_coffee:35 coffee_break:25 cuppa:40
@food.fruit 15 35
blueberry blueberries strawberry strawberries raspberries fruit:10 avocado banana apple:05 mango peach cherries
watermelon

@family.core 30 85 of
wife husband hubby wifey son:20 daughter kid:30 kiddo kiddos child:25 children:25 =kids toddler twins:35 triplets
mom mum mommy mummy mama dad daddy papa father:25 mother:25 parents:20 grandma grandpa granny grandmother
grandfather grandparents grandson granddaughter grandkids grandchildren brother:20 sister:20 siblings:25 bro:10
sis:20 cousin:20 aunt auntie uncle niece nephew in_laws mother_in_law father_in_law stepson stepdaughter stepdad
stepmom ~family:25 fam:40 spouse:30 little_one:55 little_ones:55 ~baby:35 ~babies:35 infant:35 newborn:55
firstborn:55 teenager:25 teen:20 =boys:10 =girls:10 =girl:05 =boy:05 bestie:45 best_friend:40
@family.life 35 70
bedtime bedtime_story school_run playdate daycare:25 nursery:15 diaper diapers nappy nappies stroller pram
parenting:25 motherhood:45 fatherhood:45 mom_life:70 dad_life:70 family_time:65 family_dinner:60 family_day:55
family_trip:65 family_holiday:65 family_vacation:65 sleepless_nights:45 first_steps:50 first_word:50
tooth_fairy lullaby school_play science_fair:10 soccer_practice:45 homework:10 tantrum:40 potty_training:60
grandparents_day:55 mothers_day:55 fathers_day:55 mother_s_day:55 father_s_day:55 family_reunion:65 sunday_lunch:45

@romance.core 35 85
girlfriend boyfriend fiance fiancee =bae:50 babe:40 sweetheart:40 darling:35 soulmate:60
love_of_my_life:80 better_half:70 crush:35 date_night:65 first_date:65 dating:35 =date:05:30 valentine:45
valentines:45 valentine_s_day:50 romantic:45 romance:35 kiss:40 kissed:45 kisses:45 cuddle:45 cuddles:45
anniversary:15:70 our_anniversary:80 wedding_anniversary:75 in_love:50 fell_in_love:50 love_you:55 miss_you:45
tinder:55 bumble:35 hinge:05 heartbroken:50 breakup:50 broke_up:55 single_again:60 relationship:15 boo:10
@romance.love 15 45
love:10 lovely:05 loved_ones:40 my_love:75 i_love_you:75 xoxo:50 hugs:25

@health.ill 40 75
sick ill:30 flu fever cold:05 covid:30 covid19:30 sore_throat cough:35 coughing migraine headache nausea
hospital:35 hospitalized:60 hospitalised:60 surgery operation:05 doctor:20 dentist:30 er:05 emergency_room:55
diagnosis:25 diagnosed:50 cancer:40 tumor:45 chemo:60 chemotherapy:55 radiation:10 therapy:25 therapist:40
anxiety:30 depression:35 panic_attack:55 insomnia:40 burnout:20:55 injury:35 injured:45 broke_my:45 sprained:50
fracture:40 cast:05 recovery:15 recovering:35 rehab:35 physio:35 physiotherapy:35 medication:35 meds:40 pills:30
antibiotics:45 allergy:30 allergies:30 hay_fever:50 blood_test:45 mri:35 x_ray:35 get_well_soon:60 unwell:50
under_the_weather:55 in_bed:30 bedridden:60 sick_day:55 sick_leave:45 mental_health:15 mental_health_day:50
chronic_pain:45 illness:35 disease:20 stroke:10 heart_attack:45 pregnancy_test:60 ivf:60 fertility:30 period:05
cramps:40 hangry:45 vaccine:15 vaccinated:25 booster:05 covid_positive:60 tested_positive:55 self_care:35
selfcare:35 healing:30 heal:20 pain:20 ache:30 aching:35 sore:30 exhausted:25 tired:15
@health.fitness 35 60
gym:35 workout:40 work_out:35 working_out:40 exercise:20 running:10 jog jogging
marathon:25 half_marathon:45 5k:30 10k:30 yoga:35 pilates:40 crossfit:40 spin_class:45 lifting:25 deadlift:40
squats:35 cardio:40 fitness:20 personal_best:35 pb:10 steps:05 swim:20 swimming:25 cycling:25 bike_ride:40
leg_day:60 gains:15 sweat:25 sweaty:40 diet:30 dieting:40 keto:40 vegan:20 calories:30 weight_loss:45
lost_weight:50 =kg:05 pounds:05 protein_shake:45 hike:30

@parties.drinks 45 70
beer beers wine:40 red_wine white_wine rose:05 bubbly cocktail cocktails margarita mojito martini sangria mimosa
mimosas prosecco champagne tequila vodka whiskey whisky bourbon gin:35 rum:35 shots:30 shot:05 pint pints booze
drunk:50 tipsy:55 ~hangover:60 hungover:65 wasted:20 buzzed:40 drinks:30 drinking:30 drink:15 drank:35 cheers:25
happy_hour:40 brewery:35 winery:35 wine_tasting:55 beer_garden:55 pub:35 bar:10 open_bar:50 nightcap:50 aperol
spritz negroni sake:05 soju cider:30 ipa:40 craft_beer:45 sommelier:10 vino:45 rose_wine:45 bottomless_brunch:60
@parties.party 35 65
party:35 parties:30 partying:55 party_time:55 birthday:45 bday:55 birthday_party:60 birthday_cake:60
celebrate:05 celebrated:10 celebration:05 celebrating:05 festival:30 concert:30 rave:45 clubbing:55 nightclub:50
nightlife:45 dance_floor:50 dancing:30 karaoke:45 dj:15 bachelor_party:65 bachelorette:65 stag_do:65 hen_party:65
hen_do:65 new_year_s_eve:45 nye:40 house_party:60 pool_party:60 bbq_party:55 garden_party:55 toast:10 friday_night:40
saturday_night:45 night_out:55 girls_night:60 boys_night:60 game_night:45 sleepover:50 surprise_party:60
turned_30:55 turned_40:55 turned_50:55 turning_30:50 turning_40:50 big_day:15 party_animal:55

@pets.core 45 85
dog puppy pup pups doggo pupper doggy cat kitten kitty kitties pet:30 pets:30 fur_baby:75 furbaby:75 pooch
golden_retriever labrador lab:05 corgi beagle poodle dachshund bulldog frenchie terrier chihuahua pug husky:15
german_shepherd border_collie spaniel schnauzer greyhound rescue_dog:70 hamster bunny rabbit:30 guinea_pig
parrot goldfish tortoise horse:20 pony:30 walkies:65 dog_walk:60 vet:10 veterinarian:25 paws:40 paw:30
woof:55 meow:55 purr:45 catnip:45 adopted_a:30 good_boy:30 good_girl:30 dog_mom:75 dog_dad:75 cat_mom:75 cat_dad:75
dog_park:55 fetch:10 leash:25 litter_box:50 kennel:35

@leisure.travel 35 60
vacation:40 vacay:55 holiday:25 holidays:25 trip:20 road_trip:55 getaway:45 weekend_getaway:60 staycation:55
travel:10 travelling:20 traveling:20 beach beaches seaside:45 poolside:50 pool:15 sunset:35 sunrise:20 sunbathing:55
tan:10 sunburn:50 resort:35 all_inclusive:45 cruise:40 island:25 mountains:25 lake:20 lake_house:50 cabin:30
camping:45 campfire:50 hike:35 hiking:40 trek:30 trekking:35 ski:35 skiing:45 snowboarding:45 surf:30 surfing:45
scuba:45 snorkeling:50 sailing:35 kayaking:40 fishing:35 road_trips:55 backpacking:45 bucket_list:35 wanderlust:55
jet_lag:25 souvenir:40 sightseeing:50 disneyland:55 disney_world:55 theme_park:50 zoo:35 aquarium:30 spa:40
spa_day:60 massage:35 ~honeymoon:60 out_of_office:10 ooo:05 pto:15 time_off:25 day_off:40 days_off:35
annual_leave:30 long_weekend:50 bank_holiday:35 summer_break:40 spring_break:45 christmas_break:45
@leisure.time 20 45
weekend:20 weekends:20 the_weekend:20 this_weekend:25 saturday:10 sunday:10 sunday_morning:35 saturday_morning:35
lazy_sunday:60 sunday_funday:65 tonight:15 last_night:20 =tgif:50 relax:30 relaxing:35 relaxed:20 chill:20
chilling:40 chillin:45 unwind:40 unwinding:40 nap:45 napping:50 sleep_in:50 slept_in:55 couch:30 sofa:25
netflix:40 binge:35 binge_watching:55 movie_night:55 movies:20 movie:15 cinema:30 video_games:40 gaming:10
playstation:40 xbox:35 nintendo:35 board_games:40 puzzle:15 reading:05 book_club:35 knitting:45 crochet:45
gardening:40 garden:20 bbq_weekend:55 vibes:30 good_vibes:45 cozy:35 cosy:35 bliss:35 me_time:60 hobby:25
hobbies:25 golf:25 tennis:20 padel:30 football:10 soccer:15 match_day:35 concert:30 museum:15 festival:25
christmas:30 xmas:40 christmas_tree:50 easter:25 easter_egg:30 halloween:30 thanksgiving:35 hanukkah:35
diwali:35 new_year:15 fireworks:35 snowman:50 snow_day:50 summer_vibes:55 beach_day:60 pool_day:55

@beliefs.religion 50 70
church:45 mass:05 pray:50 prayer:45 prayers:45 praying:55 god:30 jesus:55 christ:40 lord:20 bible:50 scripture:45
faith:20 blessed:20 blessing:15 blessings:20 amen:60 allah:55 mosque:50 ramadan:40 eid:40 synagogue:50 torah:45
shabbat:45 rabbi:40 priest:40 pastor:35 sermon:50 worship:45 buddha:40 buddhist:40 hindu:35 temple:20 spiritual:25
religion:35 religious:35 christian:40 muslim:40 jewish:35 catholic:40 atheist:45 heaven:30 holy:30 bless:35
god_bless:55 praise_god:60 thank_god:40 baptism:50 sunday_service:55 lent:30
@beliefs.politics 40 65
election:35 elections:35 vote:25 voted:35 voting:30 ballot:35 democrat:50 democrats:50 republican:50
republicans:50 liberal:30 liberals:40 conservative:15 conservatives:35 left_wing:50 right_wing:50 political_party:50 trump:50 biden:45
harris:10 obama:40 maga:65 president:05 senator:30 congress:15 parliament:20 abortion:55 pro_life:60 pro_choice:60
gun_control:55 immigration:20 protest:35 protesters:40 political:30 politics:30 politician:35 socialism:45
socialist:45 communist:45 fascist:50 fascism:50 woke:45 brexit:40 tory:45 tories:45 labour_party:45 gop:50
government:10 refugees:25 genocide:45 ceasefire:40 israel:35 gaza:40 palestine:40 ukraine:20 putin:35

@appearance.looks 40 65
selfie:50 selfies:50 haircut:50 hairstyle:45 new_hair:55 hair_day:45 makeup:30 make_up:30 lipstick:45
manicure:50 pedicure:50 nails:25 outfit:35 ootd:65 outfit_of_the_day:65 new_look:15:45 tattoo:40 piercing:40
beard:35 mustache:35 moustache:35 abs:40 six_pack:45 glow_up:60 skincare:40 skin_care:35 beauty:15 gorgeous:20
feeling_cute:65 mirror_selfie:70 gym_selfie:70 no_makeup:55 botox:45 wrinkles:35 grey_hair:40 gray_hair:40
hair_cut:50 blowout:35 spray_tan:55 eyelashes:40 lashes:35 dress:15 heels:35 bikini:55 swimsuit:45
photoshoot:10 looking_good:35 new_glasses:45 weight_loss:45 before_and_after:25 transformation_tuesday:50

@lifeEvents.wedding 55 85 of
wedding:55 weddings:45 wedding_day:70 married:45 marry:45 marrying:45 ~marriage:35 got_married:80 getting_married:80
just_married:85 newlyweds:75 engaged:10:40 got_engaged:80 engagement_ring:80 she_said_yes:80 he_said_yes:80
said_yes:40 proposal:05 proposed:25 fiance:55 fiancee:55 bride:55 groom:45 bridesmaid:65 bridesmaids:65
best_man:40 maid_of_honor:65 wedding_dress:70 ~honeymoon:60 vows:45 reception:05
@lifeEvents.baby 55 85 of
pregnant:65 pregnancy:55 expecting:05 expecting_a_baby:85 baby_on_the_way:85 baby_shower:75 gender_reveal:80
due_date:05 maternity_leave:25:75 paternity_leave:25:75 parental_leave:15:70 it_s_a_boy:85 it_s_a_girl:85 born:20 ~birth:30
gave_birth:75 newborn:55 welcomed:10 welcome_to_the_world:70 our_little:50 first_baby:70 second_baby:70
miscarriage:70 ultrasound:55 labor:05 labour:05 c_section:65 delivery_room:60 nursery:15 ivf:50
@lifeEvents.loss 55 85 of
funeral:60 passed_away:65 died:40 ~death:30 rest_in_peace:65 rip:35 condolences:40 grief:40 grieving:50
mourning:50 bereavement:50 loss_of:25 lost_my:40 memorial:30 obituary:55 wake:05 late_father:60 late_mother:60
heaven_gained:65 forever_in_our_hearts:70 in_loving_memory:70 gone_too_soon:60 widow:45 widower:45 cancer_free:60
@lifeEvents.life 45 75 of
~divorce:50 divorced:50 separated:10 separation:05 breakup:45 custody:30 moving_day:45 moved_house:55
new_house:40 new_home:30 first_home:55 housewarming:60 bought_a_house:60 homeowner:35 mortgage:15 graduation:20
graduated:15 baptism:50 christening:55 bar_mitzvah:55 bat_mitzvah:55 quinceanera:55 empty_nest:55 retirement:05
milestone_birthday:55 coming_out:35

@neutral 15
piece_of_cake food_for_thought bread_and_butter secret_sauce low_hanging_fruit eat_our_own_dog_food dog_food
dogfood dogfooding baby_steps baby_step cash_cow pet_project pet_projects pet_peeve pet_peeves health_check
health_checks health_score third_party third_parties third_party_cookies party_to working_party half_baked party_of_the_first_part party_of_the_second_part either_party each_party
both_parties the_parties_agree contracting_party contracting_parties counterparty party_shall parties_shall
the_party_agrees political_party_funding
cookie_cutter cookie_consent cookie_banner cookie_policy cookies_policy cookie_settings tough_cookie smart_cookie
cake_walk cakewalk icing_on_the_cake cherry_on_top cherry_pick cherry_picking cherry_picked apples_to_apples
hot_potato spill_the_beans big_cheese sandwich_technique feedback_sandwich marathon_not_a_sprint
a_marathon drink_from_the_firehose drinking_the_kool_aid the_kool_aid married_to_the_idea 
family_owned family_run family_business family_businesses family_office family_offices
one_big_family work_family baby_boomers boomers mother_of_all    death_by
born_out_of born_from   rebirth honeymoon_phase honeymoon_period
engaged_audience engaged_users engaged_community engaged_employees highly_engaged deeply_engaged stay_engaged
user_engagement customer_engagement employee_engagement engagement_rate engagement_rates audience_engagement
engagement_metrics vote_of_confidence upvote upvotes party_line apple_pie_order kill_two_birds
dog_and_pony_show top_dog underdog fat_cat copycat cat_and_mouse wild_goose_chase herding_cats
elephant_in_the_room sweet_spot sugar_coat sugarcoat bite_the_bullet bite_sized bite_size in_a_nutshell
recipe_for_success recipe_for_disaster appetite_for appetite_for_risk risk_appetite hungry_for thirst_for
thirsty_for taste_of a_taste_of flavor_of flavour_of cooking_up cook_up cooked_up whip_up brewing baked_in
spice_up juicy food_chain supply_chain wine_and_dine cup_of_tea not_my_cup_of_tea the_whole_enchilada
family_friendly family_leave family_medical_leave mothers_in_tech women_in_tech working_parents working_mothers
working_moms parental_leave_policy maternity_policy family_policy health_insurance health_plan health_benefits
health_tech healthtech digital_health public_health health_and_safety health_safety occupational_health
financial_health brand_health system_health code_health pipeline_health account_health customer_health
healthy_pipeline healthy_margins healthy_growth healthy_debate healthy_competition healthy_culture
fit_for_purpose fitness_for_purpose party_supplier sick_of vacation_policy unlimited_pto holiday_season
holiday_sales holiday_campaign holiday_rush holiday_shopping black_friday cyber_monday
birthday_of_the_company company_birthday work_anniversary work_anniversaries years_at years_with
celebrate_wins celebrating_wins small_wins big_wins love_this love_that love_seeing love_to_see love_working
love_what_you_do would_love_to love_to_hear we_love i_d_love loving_it god_mode happy_path sunset_the
sunsetting sunsetted sunset_of sunset_clause bar_chart bar_charts raise_the_bar high_bar  low_bar
set_the_bar bar_raiser bar_exam fishing_expedition fishing_for_compliments phishing boiling_the_ocean
bird_s_eye_view sink_or_swim swim_lane swimlane swimlanes pool_of talent_pool candidate_pool resource_pool
thread_pool connection_pool carpool pooling run_the_numbers run_rate runway dry_run trial_run test_run
run_a_test run_the_business long_run short_run running_a running_the running_our running_my up_and_running
hit_the_ground_running home_run cold_email cold_outreach cold_call cold_calling cold_start feet_wet
date_range due_date up_to_date out_of_date to_date date_of target_date release_date launch_date start_date
end_date save_the_date go_live_date dates_back dating_back kids_gloves kid_gloves kid_you_not
wedding_industry wedding_planner:0 bridge_the_gap skin_in_the_game thick_skin hair_splitting hairsplitting
new_look_for face_of facelift lipstick_on_a_pig beauty_of the_beauty_of
body_of_work body_of_knowledge governing_body student_body heads_up hands_on eye_opening eye_opener
ship_it shipped party_pooper party_trick throw_a_party 
the_birth_of_a birthplace_of mother_ship mothership parent_company parent_companies parent_organization
sister_company sister_companies daughter_company brother_in_arms child_process child_processes child_node
child_nodes child_element parent_node parent_element child_component parent_component children_nodes
baby_boom baby_boomer
@neutral 25
we_are_hiring we_re_hiring were_hiring now_hiring is_hiring are_hiring
@neutral 5
data_lake data_lakes pub_sub use_cookies uses_cookies tracking_cookies session_cookies cookie_based accept_cookies
accept_all_cookies http_cookies first_party_cookies dark_horse trojan_horse sunset_our sunset_support to_sunset
will_sunset sunset_date sunset_plan sunsetting_our kids_menu family_size party_size
@neutral 0
single_source single_page single_point single_sign dress_code dress_rehearsal dressed_up_numbers

@pro 20 head
startup startups company companies business businesses industry industries sector market markets brand brands
app apps platform platforms delivery chain chains retailer retailers supplier suppliers banner banners consent
policy policies insurance insurer software tech technology product products service services franchise vertical
segment marketplace ecommerce e_commerce packaging manufacturer manufacturers producer producers distributor
distributors client clients customer customers account accounts sales marketing campaign campaigns ads agency
agencies firm firms fund funds office offices law lawyer lawyers attorney tax check checks score scores metric
metrics monitoring endpoint endpoints status dashboard dashboards api apis data project projects peeve pipeline
pipelines margin margins tool tools feature features module modules package packages library libraries parser
session sessions storage tracking tracker trackers management venture ventures investment investments investor
investors founder founders ceo cto cfo expert experts specialist specialists consultant consultants
professional professionals workers industry_leader program programme programs initiative initiatives awareness
benefit benefits plan plans provider providers vendor vendors solution solutions system systems stack
framework frameworks sdk plugin plugins extension extensions model models economy startup_s category categories
segment_s portfolio portfolios unit units strategy strategies team_building network networks coverage claim claims
tech_stack saas b2b b2c d2c dtc fintech proptech edtech healthtech foodtech agritech logistics operations ops
analytics revenue profit profits pricing subscription subscriptions inventory warehouse warehouses procurement
contract contracts compliance regulation regulations certification certifications standard standards audit
audits sponsor sponsors sponsorship partnership partnerships supply manufacturing export exports import imports
ingredient ingredients recipe_database menu_engineering chat chats meeting meetings call calls webinar webinars
@pro 15 pre
team client clients customer customers company corporate office business work networking investor investors
board sales industry conference partner partners vendor b2b offsite off_site kickoff kick_off launch release
hackathon quarterly employee employees staff workplace departmental department leadership executive executives
stakeholder stakeholders company_s team_s colleague colleagues coworker coworkers
@pro 25
hiring hire hired recruiting recruiter recruiters recruitment job jobs role roles position positions vacancy
opening openings opportunity opportunities career careers candidate candidates interview interviews resume cv
onboarding promotion promoted internship intern interns apply applications applicants
@pro 15
launch launched launching release released roadmap strategy revenue growth funding investors raised
seed series_a series_b arr mrr kpi kpis okr okrs roi b2b saas seo crm erp api ai ml llm llms genai analytics
deploy deployed deployment deployments engineering engineer engineers developer developers devops cloud
cybersecurity security infrastructure architecture microservices kubernetes database databases backend frontend
stakeholder stakeholders leadership leaders management manager managers director directors vp svp evp cmo coo
chro cpo cofounder co_founder quarter q1 q2 q3 q4 fiscal budget budgets forecast meeting meetings webinar
webinars conference conferences summit keynote panel panelist workshop workshops speaker speakers presentation
presentations report reports research whitepaper case_study insights benchmark acquisition acquired merger ipo
portfolio deadline deadlines sprint sprints agile scrum kanban backlog okrs colleagues coworkers teammates
workplace employee employees employer employers workforce hr payroll compliance regulation gdpr audit invoice
invoices procurement logistics vendor contract proposal pitch deck mvp beta users user ux ui a_b_test metrics
dashboard quarterly annual_report esg innovation digital_transformation consulting consultant freelance
freelancer skills upskilling reskilling linkedin networking mentor mentoring mentorship certification certified
certificate course bootcamp degree masters mba phd thesis publication paper peer_review customers clients
partnership partners sales b2c conversion conversions churn retention acquisition_cost cac ltv pipeline leads
lead_generation outreach prospecting quota crm_data product product_manager product_management feature features
release_notes changelog open_source github repo pull_request code_review bug bugs incident postmortem outage
uptime latency scalability performance optimization automation workflow workflows integration integrations
stakeholders team teams cross_functional collaboration org orgs organization organisation organizational
strategy strategic vision mission values culture hybrid remote on_site onsite office offices headquarters hq
recruiter talent talent_acquisition job_description job_posting job_post link_in_comments link_in_bio dm_me
join_us apply_now open_role open_roles we_are_hiring thrilled_to_announce excited_to_announce proud_to_announce
pleased_to_announce excited_to_share thrilled_to_share happy_to_share new_position new_role joined joining
promotion keynote speaking panel client_success customer_success account_executive sdr bdr quarterly_results
earnings shareholders board_of_directors ceo cto cfo founder founders entrepreneur entrepreneurs entrepreneurship
smb smbs enterprise enterprises b2b_saas go_to_market gtm pmf product_market_fit case_studies use_case use_cases
insight lessons_learned takeaways takeaway framework playbook frameworks best_practices thought_leadership

@func.with
with
@func.congrats
congrats congratulations congratulation

@health.ill 45 75
hospital_bed:70 in_hospital:55 in_the_hospital:50 remission:60 medical_leave:35:75 broken_ankle:65 broken_leg:65
broken_arm:65 broken_wrist:65 broken_foot:60 broke_my_ankle:75 broke_my_leg:75 broke_my_arm:75 sprained_ankle:65
ankle:25 knee_surgery:65 appendix:45 appendicitis:65 stitches:45 crutches:55 threw_up:50 throwing_up:50 vomiting:45
food_poisoning:60 stomach_bug:60 icu:50 ambulance:45 wheelchair:30 concussion:55 physical_therapy:40
fever:50 migraine:50 migraines:40 from_my_hospital:70 out_sick:60 off_sick:60 feeling_sick:55 home_sick:55
@leisure.life 30 55
finally_home:55 home_sweet_home:60 slept:35 sleep_in:50 smiling:35 stop_smiling:65 tears:35 cried:45 crying:40
happy_tears:60 heart_is_full:60 full_heart:55 quiet_house:55 the_house_is:40 first_place:40 renting:25 sea:25
phone_off:55 unplugged:45 digital_detox:50 sauna:45 hot_tub:50 bubble_bath:55 sunglasses:20 couch_potato:55
good_times:45 what_a_night:55 epic_night:50 best_night:50 fun_night:50 last_night_was:45 costume:35
dressed_up_as:50 fancy_dress:50 carnival:35 mardi_gras:45 padel:40 tennis:30 five_a_side:55 watching_the_game:45
the_finale:45 finale:35 season_finale:50 episode:25 tv_show:40 binge_watch:55 how_was_your_trip:55
how_was_your_holiday:55 how_was_your_weekend:50 how_was_the_trip:55 road_trip:55 afterparty:55 after_party:55
karaoke_night:60 singing:20 sing:10 lol:15 haha:20 hahaha:25 lmao:30
@family.core 30 85 of
first_day_of_school:70 first_tooth:70 lost_her_first_tooth:75 lost_his_first_tooth:75 so_big:30 grown_so_much:55
how_big:35 give_her_a_hug:55 give_him_a_hug:55 hug:30 cute:25 so_cute:45 adorable:35 cutie:50 drop_off:25
off_to_university:50 off_to_college:50 dropped_her_off:40 dropped_him_off:40 the_family_and_i:70 family_and_i:65
the_whole_family:50 the_kids:40 the_little_one:55 our_little_one:75 became_a_mother:75 became_a_father:75
became_a_mom:75 became_a_dad:75 became_parents:75
@pets.core 45 85
breed:40 what_breed:65 good_boy:45 good_girl:45 woofer:40
@romance.core 35 85
perfect_together:55 happy_couple:60 lovebirds:60 made_for_each_other:65 dinner_again:50 get_dinner:35
nice_time_on:30 really_nice_time:35 happy_anniversary:60 proposed_to:70 i_proposed:75 met_the_love:70
=partner:05:45
@beliefs.religion 50 70
ramadan_kareem:70 ramadan_mubarak:70 eid_mubarak:70 happy_diwali:60 shabbat_shalom:65 happy_hanukkah:55
merry_christmas:30 pray_for:50 pray_for_me:55 whatever_you_believe:40 god_willing:55 inshallah:55
@beliefs.politics 40 65
election:45 elections:45 vote_for:45 voting_for:45 voted_for:50 this_party:25 our_country:20 vote:30 voting:35 voted:40
@lifeEvents.life 45 75 of
we_re_moving:50 we_are_moving:50 moving_house:55 new_adventure:20 keys_to_our:60 our_own_place:55
after_years_of_renting:55 first_home:55 sister_s_wedding:75 brother_s_wedding:75 friend_s_wedding:60
@parties.party 35 65
party:45

@neutral 15
bereavement_leave bereavement_policy compassionate_leave family_day_policy bring_your_kids_to_work
take_your_child_to_work kids_to_work_day take_your_kids_to_work wellbeing_program wellbeing_programme
wellness_program employee_wellbeing leave_policy pet_policy office_dog
office_dogs farewell_drinks leaving_drinks leaving_do farewell_lunch farewell_party going_away_party
team_dinner team_lunch team_drinks team_outing company_outing company_picnic holiday_party office_party
christmas_party company_party summer_party away_day
@neutral 20
we_re_looking_for we_are_looking_for looking_for_a join_our_team join_the_team apply_via apply_here
@pro 0 head
friendly owned run led based focused oriented centric related driven
@pro 20 head
candidate candidates import imports export exports importer importers exporter exporters trade wholesale
distribution distributor retail clinic clinics chain campaign venue venues season_sales
@pro 15
engine inference latency gpu gpus production in_production is_live went_live go_live rollout rollouts
standup stand_up daily_standup v1 v2 v3 v4 beta ship shipped shipping release_notes deal deals procurement
checkout merchants merchant payments bookings booth demo demos investors series_a
@workplace
at_the_office in_the_office at_the_office_today at_work with_the_team with_my_team with_our_team
with_the_whole_team with_colleagues with_my_colleagues
@bridge
same_thing_with same_with_my same_goes_for the_same_is_true that_s_exactly_what exactly_what_we
exactly_what_happened taught_me teaches_us taught_us lesson lessons reminded_me_of reminds_me_of
how_i_think_about changed_how_i changed_the_way_i here_are here_s_how here_s_what what_i_learned i_learned
i_ve_learned the_lesson leadership_lesson applies_to in_business as_leaders as_a_leader as_managers
as_a_manager it_s_the_same the_same_applies things_managers keep_thinking_about
@pleasantry
hope_you_had hope_you_enjoyed hope_you_re_having hope_you_are_having hope_you_re_well hope_you_are_well
hope_all_is_well hope_the_holidays hope_your_weekend hope_you_had_a hope_you_got
@disclosure
i_don_t_usually_share don_t_usually_share on_a_personal_note personal_news a_bit_personal more_personal_than_usual
not_something_i_usually on_a_personal_level personally in_my_private_life

@pro 12
review reviewed reviewing reviews approve approved approval approvals sign_off signed_off design designs designer
designers decision decisions delegate delegation delegating leads lead_engineer team_lead tech_lead velocity
throughput deliverables codebase code coding pr prs pull_requests commit commits merge merged tests testing qa
spec specs requirements process processes efficiency productivity kpis target targets outcome outcomes scale
scaling scalable adoption prototype iteration iterations experiment experiments analysis analyst analysts slide
slides negotiation negotiate negotiating prospects legal regulatory migration migrated dashboards etl
semantic_layer aws azure gcp python postgres sql javascript typescript java golang execution execute executing
manage managing managed headcount restructuring layoffs laid_off severance job_search open_to_work
training_session capacity support_wave support_tickets tickets sla slas incident incidents on_call oncall
quarterly_review performance_review okr roadmap_planning planning sprint_planning retro retrospective
enterprise pilot pilots security_reviews contract_signed signed customer_success account_management
bookkeeping accounting invoices payroll tax_return taxes b2b_sales saas_metrics conversion_rate activation
retention_rate onboarding_flow growth_team data_team product_team engineering_team design_team sales_team
marketing_team people_team hr_team leadership_team board_meeting all_hands town_hall offsite_agenda
professional_development upskill upskilling certified_in certification_in
@pleasantry
from_all_of_us_at from_everyone_at from_the_team_at from_the_whole_team owe_you_a i_owe_you s_on_me is_on_me
drinks_on_me coffee_s_on_me first_round_on_me offices_are_closed office_is_closed closed_for_the_holidays
@pro 20 head
peak_season high_season busy_season discount discounts sale sales_event promo promotion coupon coupons
voucher vouchers offer offers giveaway

@health.ill 40 75
wisdom_teeth:60 wisdom_tooth:60 toothache:55 root_canal:55 dental_surgery:55 braces:25 asthma:40 diabetes:30
blood_pressure:30 biopsy:55 flu_shot:40 bed_rest:55 bedrest:55 back_pain:45 sore_back:45 earache:50 sprain:45
discharged_from:50 checkup:20 check_up:20 physio_session:45 allergic_reaction:55 chickenpox:55 ear_infection:55
@leisure.time 25 50
guitar:30 piano:25 choir:35 gig:20 bouldering:45 climbing:30 rock_climbing:45 chess:20 novel:15 theatre:25
theater:25 musical:20 opera:25 pottery:40 sketching:30 birdwatching:45 woodworking:35 diy:25 allotment:40
pub_quiz:50 quiz_night:45 bake_off:35 jigsaw:40 lego:25 crossword:35 pub_crawl:60 bar_crawl:60 beer_pong:60
@food.meals 30 55
roast_dinner:55 sunday_roast:60 fish_and_chips:45 full_english:50 pancake_day:45 bake_sale:20 potluck:45
picnic_basket:50 home_cooked:50 cooked_dinner:45 dinner_party:55 pizza_night:55 taco_tuesday:50
@family.core 30 85 of
godson:45 goddaughter:45 godmother:40 godchild:45 stepkids:45 baby_girl:55 baby_boy:55 my_boys:70 my_girls:70
mother_in_law:45 father_in_law:45 sister_in_law:40 brother_in_law:40 in_laws:45 bonus_mom:60 bonus_dad:60
@romance.core 35 85
=bf:35 =gf:35 my_other_half:75 moved_in_together:70 moving_in_together:70

@time
monday tuesday wednesday thursday friday saturday sunday tonight this_evening tomorrow_night friday_night
saturday_night thursday_evening friday_evening on_the_weekend this_weekend next_weekend tomorrow_evening
@lifeEvents.loss 55 85 of
sorry_for_your_loss:75 sorry_for_the_loss:70 my_condolences:70 deepest_condolences:75 deepest_sympathy:75
sincere_condolences:75 thinking_of_you:35 so_sorry_to_hear:45 rest_easy:55
@romance.core 35 85
dating_app:50 dating_apps:50 dating_life:55 dating_again:60 back_on_the_apps:55 swipe_right:55
@health.ill 45 75
in_hospital:60 hospital:40 weeks_in_hospital:70 days_in_hospital:70 cancer_free:65 all_clear:40 chemo_done:70
last_chemo:70 treatment:15 oncology:40 cured:40 ring_the_bell:55 remission:60
@parties.party 35 65
party:50

@health.ill 45 75
in_bed_with:50 laid_up:55 having_surgery:60 my_surgery:70 going_under_the_knife:60
@health.ill 45 75
round_of_chemo:70 rounds_of_chemo:65 therapy_session:40 in_therapy:55
months_of_therapy:60 years_of_therapy:60 weeks_of_therapy:55 my_therapist:75 my_body:55 my_body_told_me:70
burned_out:40:70 burnt_out:40:70 i_burned_out:75 i_burnt_out:75 can_t_sleep:40 couldn_t_sleep:45 sleepless:40
without_sleep:35 asked_for_help:25:55 finally_asked_for_help:60 i_can_t_anymore:60 running_on_empty:40 pain_free:45
slipped_disc:60 herniated_disc:60 panic_attacks:55 was_admitted:50 admitted_to_hospital:65 in_a_cast:60
the_cast_comes_off:65 one_handed:30  days_sober:70 day_30_sober:75 i_m_sober:60 sober_for:55 sobriety:45 my_drinking:65 relapse:35
grief_counselling:50 my_diagnosis:75 my_scan:60  my_treatment:65
@leisure.travel 35 60
airplane_mode:45 flight_mode:40 aeroplane_mode:40 toes_in_the_sand:65 feet_in_the_sand:65 greetings_from:30
out_of_office_until:35 back_on_the_14th:10 terrible_wifi:35 no_wifi:30 no_signal:35 tent:35 tent_up:55
@lifeEvents.life 45 75 of
moving_boxes:55 boxes_are_packed:60 packing_boxes:45 the_boxes_are:35 moving_out:40 moved_out:40 apartment:15:35
our_old_house:55 my_old_apartment:55 grandma_s_house:55 grandmother_s_house:55 my_childhood_home:70
childhood_home:55 last_night_in_the:45 new_apartment:40 new_flat:40 the_new_place:40
@romance.core 35 85
how_was_the_date:70 how_did_the_date_go:70 tell_me_everything:35 spill_the_tea:35 your_date:45 the_date_last_night:70
second_date:65 a_ring:30   i_m_asking:20 pop_the_question:70 popping_the_question:75
@beliefs.politics 40 65
canvassing:45 campaign_volunteer:45 volunteering_for_the:30 local_election:40 municipal_election:40 city_council:20
the_march:25 march_on_saturday:45 voting_rights:45  
@appearance.looks 40 65
new_haircut:60 helmet_hair:55 bad_hair_day:60 my_hair:55 new_specs:50 contact_lenses:35 shaved_my_head:65
@family.core 30 85 of
my_mum:85 my_mom:85 school_runs:55 the_nurses:30
@neutral 15
office_move office_relocation moving_offices moving_our_office
bring_your_kid_to_work bring_your_child_to_work take_your_kid_to_work take_your_child_to_work
take_your_daughter_to_work kid_to_work_day child_to_work_day kids_to_work bring_your_kid bring_your_kids
take_our_daughters_and_sons company_anniversary years_in_business parental_leave_policies family_leave_policy
@workplace
team_offsite company_offsite our_offsite offsite off_site team_retreat company_retreat leadership_offsite
leadership_retreat team_building team_event company_event summer_party_for winter_party_for
@policy
policy policies employees every_employee all_employees everyone_at our_people staff benefit benefits programme
workforce hr people_team absenteeism attrition turnover employee_wellbeing wellbeing well_being employer employers
organisation organization organisations organizations peopleops engagement_survey exit_interviews exit_interview
paid_leave fully_paid full_pay sick_days counselling_sessions managers awareness_week
@health.ill 45 75
for_observation:40 kept_me_in:45 kept_me_in_overnight:65 had_a_burnout:65 had_burnout:65 i_burned_out:75
a_e:20 in_a_e:55 the_er:35 in_the_er:55 cardiology_ward:55 the_ward:35 on_the_ward:50 a_scare:30 health_scare:55
started_therapy:60 going_to_therapy:55 back_in_therapy:60 last_round_of_chemo:70 second_round_of_chemo:70
@family.core 30 85 of
my_youngest:80 my_eldest:80 my_oldest:70 our_youngest:80 our_eldest:80  
@lifeEvents.life 45 75 of
unpacked:30 unpacking:30 last_box:45 feels_like_home:50 first_flat:55 first_apartment:55 our_first_flat:75
our_first_apartment:75 our_first_home:75 moved_in:45 where_i_grew_up:55 the_house_i_grew_up_in:65 boxes_everywhere:50
lump_in_my_throat:50
@leisure.travel 35 60
sun_lounger:50 sunbed:50 deckchair:50 deck_chair:50 by_the_pool:55 paperback:30 hammock:45 cocktail_in_hand:55
@appearance.looks 40 65
new_glasses:55 who_dis:50 got_a_haircut:65 new_frames:45 fresh_cut:45
@romance.core 35 85
the_guy_from_the_app:65 the_girl_from_the_app:65 from_the_dating_app:60 guy_from_tinder:65 girl_from_tinder:65
  
@leisure.time 20 45
christmas_eve:45 christmas_dinner:55 christmas_morning:55 opened_the_presents:60 opening_presents:55
@neutral 15
birthday_as_a_company birthday_as_a_business birthday_as_a_startup first_birthday_as anniversary_as_a_company
@workplace
for_the_team for_the_whole_team as_a_company
@pro 15 head
listing listings
@pets.core 45 85
old_boy:35 our_old_boy:75 our_old_girl:75 muddy_paws:60 said_goodbye_to_our:55 over_the_rainbow_bridge:75
@lifeEvents.baby 55 85 of
after_maternity_leave:65 after_paternity_leave:65 back_from_maternity_leave:70 back_from_paternity_leave:70
back_from_parental_leave:65 after_parental_leave:50 on_maternity_leave:65 on_paternity_leave:65
@health.fitness 35 60
triathlon:45 ironman:45 can_t_feel_my_legs:60 my_legs:40 
@leisure.travel 35 60
no_laptop:40 without_my_laptop:50 laptop_stays_closed:55 finally_on_holiday:60
@family.core 30 85 of
easter_egg_hunt:55 egg_hunt:45
@health.ill 45 75
after_the_op:45 after_my_op:70
@appearance.looks 40 65
short_hair:30:50
@family.core 30 85 of
officially_a_dad:80 officially_a_mom:80 officially_a_mum:80 officially_parents:80 new_dad:65 new_mom:65 new_mum:65
kids_room:55 kids_bedroom:55 the_nursery:45
@health.ill 45 75
the_accident:35 since_the_accident:55 my_accident:75 car_accident:50 cycling_accident:60 bike_accident:60
run_again:45 walk_again:55 i_can_run_again:65 quit_smoking:60 stopped_smoking:55 smoke_free:50 braces_off:55
@leisure.time 25 50
silent_retreat:60 yoga_retreat:55 meditation_retreat:55 salsa_class:45 salsa_classes:45 dance_class:40
dance_classes:40 two_left_feet:45 repainted:30 diy_project:45
@parties.party 35 65
birthday_wishes:65 for_the_birthday_wishes:75
@health.fitness 35 60
first_marathon:55 my_first_marathon:75
@neutral 15
funeral_home funeral_homes funeral_director funeral_directors funeral_industry funeral_services
@bridge
that_s_basically that_s_basically_what a_short_thread a_thread_on our_approach here_is_how works_the_same_way
the_same_way_we
@policy
colleagues at_work training guide guidelines toolkit line_managers
@bridge
the_same_with that_s_how_we that_is_how_we same_in
@workplace
retirement_party retirement_lunch farewell_for leaving_party
@family.core 30 85 of
the_three_of_you:45 all_three_of_you:45
@health.ill 45 75
speedy_recovery:60 your_recovery:50 get_well:50 good_luck_with_the_surgery:65 good_luck_with_the_op:60
@leisure.life 30 55
long_time_no_see:40 it_s_been_ages:40 catch_up_over_a_drink:55
@appearance.looks 40 65
new_tattoo:60 first_tattoo:60 my_first_tattoo:75
@leisure.travel 35 60
city_break:50 weekend_trip:50 mini_break:50
@romance.core 35 85
with_my_partner:50 my_partner_and_i:55
@health.ill 45 75
antidepressants:55 on_antidepressants:70 haven_t_had_a_drink:70 without_a_drink:45 dementia:35 alzheimer_s:35
alzheimers:35 his_memory:30 her_memory:30
@lifeEvents.life 45 75 of
where_i_lived:50 where_we_lived:50 keys_go_back:50 handed_back_the_keys:55 handed_in_the_keys:55
@neutral 15
dad_joke dad_jokes mom_jeans
@pro 15 head
analysis analyses
@leisure.travel 35 60
from_the_beach:50 greetings_from_the_beach:65 straight_from_the_beach:60
`,
  // ------------------------------------------------------------------------------------------------
  es: `
@func.poss
mi mis nuestro nuestra nuestros nuestras mio mia mios mias
@func.pron
yo me nosotros nosotras conmigo nos
@func.of
de del
@func.for
para por
@func.into
@func.third
su sus tu tus
@func.neg
no sin nunca

@food.baking 35 60
magdalena magdalenas muffin cupcake croissant cruasan brownie galleta galletas bizcocho pastel tarta tartas torta
pasteles reposteria:25 panecillo bollo bollos churro churros dona donas rosquilla hornear:40 horne*:40 horneado:40
casero:40 casera:40 caseros:40 caseras:40 hecho_en_casa:50 hechos_en_casa:50 masa:10 harina:20 tarta_de_queso
@food.meals 30 55
desayuno:30 desayunar:40 desayunamos:50 almuerzo:20 almorzar:30 almorzamos:45 comida:15 cena:30 cenar:40
cenamos:55 cene:45 merienda:45 merendar:45 brunch:45 postre:40 postres:40 aperitivo:35 vermut:40 picoteo:45
pizza hamburguesa hamburguesas sushi ramen tacos taco burrito paella tortilla:30 tortilla_de_patatas asado:40
barbacoa:45 parrillada:50 choripan:50 tapas tapeo:55 pasta:20 ensalada:25 sopa:25 pan:10 empanada empanadas
arepa arepas ceviche croquetas jamon:30 queso:20 helado chocolate chocolatina golosinas chuches palomitas
receta:35 recetas:35 delicioso:40 deliciosa:40 riquisimo:55 riquisima:55 rico:05 rica:05 sabroso:35 sabrosa:35
cocinar:30 cocino:35 cocinamos:45 cocinando:35 cocine:45 cocinado:35 comer:20 comi:40 comimos:45 comiendo:30 comilona:60 banquete:30
hambre:20 antojo:40 restaurante:20:20 restaurantes:20:20 food:15 foodie:55 manjar:35 comidita:55 cocinita:30
@food.coffee 15 35
cafe:15 cafecito:40 cafelito:40 mate:20 chocolate_caliente:30 cortado:30 capuchino:30

@family.core 30 85 of
esposa esposo marido mujer:02:85 hijo:25 hija:30 hijos:25 hijas:30 nino:15 nina:15 ninos:25 ninas:25 ~bebe:40
~bebes:35 peque:40 peques:45 mama mami papa:20 papi madre:25 padre:20 padres:20 abuela abuelo abuelos abuelita
nieto nieta nietos hermano:20 hermana:20 hermanos:20 primo:15 prima:15 tio:20 tia:20 sobrino sobrina suegra
suegro suegros cunado cunada ~familia:25 familiares:20 gemelos mellizos chiquitin chiquitina crio cria:05 crios
mejor_amiga:45 mejor_amigo:45 recien_nacido:55 recien_nacida:55 mis_hijos:85 mis_ninos:85
@family.life 35 70
en_familia:55 tiempo_en_familia:65 dia_de_la_madre:55 dia_del_padre:55 panales:50 guarderia:30
cole:20 colegio:15 deberes:15 cuentos:20 maternidad:35 paternidad:35 crianza:35 reunion_familiar:60
comida_familiar:60 vacaciones_en_familia:70 domingo_en_familia:70 berrinche:40 primeros_pasos:50

@romance.core 35 85
novia:45 novio:45 pareja:10:65 prometida:55 prometido:55 enamorado:45 enamorada:45 enamorados:45 cita:05:30
primera_cita:65 citas:10 romantico:45 romantica:45 romance:35 beso:40 besos:40 san_valentin:50 aniversario:15:70
nuestro_aniversario:80 ~luna_de_miel:60 mi_amor:75 amor_de_mi_vida:80 media_naranja:70 te_quiero:60 te_amo:65
tinder:55 ruptura:40 cari:40 carino:20
@romance.love 15 45
amor:15 amo:10 abrazos:25

@health.ill 40 75
enfermo:45 enferma:45 enfermedad:30 gripe fiebre resfriado:45 resfriada:45 catarro:45 tos:35 dolor_de_cabeza:50
migrana:45 hospital:35 hospitalizado:60 hospitalizada:60 urgencias:40 medico:20 medica:20 dentista:30
cirugia:45 operacion:05 operaron:50 quirofano:55 diagnostico:15 diagnosticado:50 diagnosticada:50 cancer:40
quimio:60 quimioterapia:55 terapia:25 terapeuta:35 psicologo:25 psicologa:25 ansiedad:30 depresion:35
ataque_de_panico:55 insomnio:40 lesion:35 lesionado:45 lesionada:45 esguince:50 fractura:40 rehabilitacion:30
recuperacion:15 recuperandome:55 medicamentos:35 pastillas:35 antibioticos:45 alergia:30 analisis_de_sangre:45
resonancia:30 mejorate:55 pronta_recuperacion:55 baja_medica:50 de_baja:35 salud_mental:15 dolor:25 cansado:15
cansada:15 agotado:25 agotada:25 covid:30 positivo_en_covid:60 embarazo:50
@health.fitness 35 60
gimnasio:35 gym:35 entrenamiento:05 entrenar:20 entreno:35 correr:15 corriendo:20 maraton:25 media_maraton:45
yoga:35 pilates:40 crossfit:40 spinning:40 dieta:30 adelgazar:45 kilos:10 calorias:30 bici:30 ciclismo:25
natacion:25 nadar:25 senderismo:40 caminata:30 pesas:35 sentadillas:35 cardio:40 vegano:20 keto:40

@parties.drinks 45 70
cerveza cervezas cervecita:55 cervecitas:55 birra:55 birras:55 cana:20 canas:30 vino:40 vinos:40 vinito:55
copa:15 copas:30 coctel:45 cocteles:45 coctelitos:55 margarita:20 mojito sangria tinto_de_verano champan cava:30
tequila vodka ron:30 whisky gin:30 chupito chupitos borracho:55 borracha:55 ~resaca:60 cruda:30 crudo:05 botellon:60
brindis:25 brindar:30 brindamos:45 bar:10 bares:15 cerveceria:35 vinoteca:35 pub:35 discoteca:50 antro:40
happy_hour:40 salir_de_copas:60 de_copas:55 tomar_algo:35 tomando_algo:40 unas_copas:55 unas_cervezas:60
@parties.party 35 65
fiesta:35 fiestas:30 fiestita:55 fiestón:60 fieston:60 cumpleanos:45 cumple:30 mi_cumple:70 tu_cumple:55 feliz_cumple:65 el_cumple_de:55 celebrar:05 celebramos:10
celebracion:05 festejo:30 festejar:30 festival:30 concierto:30 bailar:30 bailando:35 karaoke:45 despedida_de_soltero:65
despedida_de_soltera:65 nochevieja:45 noche_de_fiesta:60 de_fiesta:55 fin_de_ano:35 fiesta_sorpresa:60 tarta_de_cumpleanos:60
quedada:40 juerga:55 parranda:55 rumba:45 carrete:40 farra:55 feliz_cumpleanos:60 noche_de_chicas:60 noche_de_chicos:60

@pets.core 45 85
perro perra perros perrito perrita perritos cachorro cachorra cachorrito gato gata gatos gatito gatita gatitos
mascota:30 mascotas:30 peludo:50 peluda:50 peludito:60 veterinario:25 veterinaria:25 conejo:30 loro hamster
caballo:20 tortuga:30 pez:05 paseo_con:20 pasear_al_perro:65 patitas:45 guau:55 miau:55 adoptamos:30 adopte:30

@leisure.travel 35 60
vacaciones:40 vacas:20 viaje:20 viajes:15 viajar:15 viajando:20 escapada:45 escapadita:55 playa:40 playita:55
piscina:25 piscinita:45 atardecer:35 puesta_de_sol:40 amanecer:20 montana:25 montanas:25 senderismo:40
excursion:30 camping:45 acampar:45 esqui:40 esquiar:45 surf:30 buceo:45 crucero:40 isla:25 lago:20 spa:40
masaje:35 relax:35 relajarse:35 relajado:20 relajada:20 descanso:25 descansar:30 desconectar:40 desconexion:40
siesta:50 dia_libre:45 dias_libres:40 puente:05 puente_largo:40 feria:15 turismo:10 turistear:50 mochilero:45
~luna_de_miel:60 fin_de_semana:20 finde:40 findes:40 domingo:10 sabado:10 domingo_por_la_manana:35 vermut:40
pelicula:15 peliculas:20 series:05 maraton_de_series:55 netflix:40 videojuegos:40 jardin:20 jardineria:40
huerto:35 hobby:25 aficion:20 tiempo_libre:35 navidad:30 navidades:30 nochebuena:45 semana_santa:30 verano:10
reyes_magos:45 halloween:30 playa_y_sol:55 chill:25 planazo:55 plan_perfecto:40 tardeo:55 vermuteo:55

@beliefs.religion 50 70
iglesia:45 misa:45 rezar:50 rezo:45 rezamos:50 oracion:10 oraciones:30 dios:30 gracias_a_dios:40 bendecido:30
bendecida:30 bendiciones:30 bendicion:25 fe:10 biblia:50 sacerdote:40 pastor:20 mezquita:50 ramadan:40
sinagoga:50 religion:35 religioso:35 religiosa:35 virgen:30 jesus:50 cristo:40 senor:05 amen:60 catolico:40
catolica:40 cristiano:40 cristiana:40 musulman:40 judio:35 ateo:45 bautizo:50 comunion:40 primera_comunion:60
procesion:40 semana_santa:30 espiritual:25
@beliefs.politics 40 65
elecciones:35 eleccion:20 votar:25 vote:25 votado:30 votamos:35 voto:20 urnas:35 partido:05 partido_politico:50
izquierda:10 derecha:10 izquierdista:50 derechista:50 politica:05 politico:20 politicos:30 gobierno:10
presidente:05 congreso:15 senado:20 diputados:30 aborto:55 inmigracion:20 feminismo:35 feminista:30 machismo:30
comunista:45 comunismo:45 fascista:50 facha:55 rojos:10 peronismo:55 kirchnerismo:55 milei:50 sanchez:20 vox:30
podemos:05 pp:05 psoe:40 manifestacion:30 protesta:30 huelga:30 golpe_de_estado:40 dictadura:40

@appearance.looks 40 65
selfie:50 selfies:50 corte_de_pelo:55 peinado:45 pelo:15 peluqueria:40 maquillaje:30 pintalabios:45
manicura:50 pedicura:50 outfit:35 modelito:55 look:15 tatuaje:40 piercing:40 barba:35 bigote:35 abdominales:40
adelgace:50 baje_de_peso:50 perdi_peso:50 kilos_menos:45 belleza:15 guapa:25 guapo:25 guapisima:40 me_veo:35
antes_y_despues:25 skincare:40 cuidado_de_la_piel:35 vestido:20 tacones:35 bikini:55 banador:45

@lifeEvents.wedding 55 85 of
boda:55 bodas:45 casamiento:55 casarse:50 casarnos:60 casamos:60 nos_casamos:85 me_caso:80 nos_casaremos:80
casado:35 casada:35 casados:40 recien_casados:80 ~matrimonio:35 compromiso:05 nos_comprometimos:80 prometidos:55
anillo_de_compromiso:80 pedida_de_mano:80 dijo_que_si:70 dije_que_si:70 novia:45 novio:45 despedida_de_soltera:65
~luna_de_miel:60 vestido_de_novia:70 damas_de_honor:65 padrino:20 madrina:25 votos:20 banquete_de_boda:70
@lifeEvents.baby 55 85 of
embarazada:65 embarazo:55 esperamos_un_bebe:85 esperando_un_bebe:85 baby_shower:75 revelacion_de_sexo:80
baja_por_maternidad:45 baja_por_paternidad:45 baja_maternal:45 permiso_de_maternidad:45 permiso_de_paternidad:45
~nacimiento:25 nacio:30 nacido:20 recien_nacido:55 bienvenido_al_mundo:70 bienvenida_al_mundo:70 parto:40
cesarea:60 ecografia:55 primer_hijo:60 segundo_hijo:60 aborto_espontaneo:70
@lifeEvents.loss 55 85 of
funeral:60 funerales:55 entierro:55 velorio:60 tanatorio:60 fallecio:60 fallecimiento:60 fallecido:50
murio:45 ~muerte:30 descanse_en_paz:65 en_paz_descanse:65 dep:45 qepd:55 luto:50 duelo:40 pesame:60 condolencias:45
perdida:10 mi_padre_fallecio:85 se_nos_fue:65 hasta_siempre:40 viuda:45 viudo:45
@lifeEvents.life 45 75 of
~divorcio:50 divorciado:50 divorciada:50 separacion:05 separados:20 mudanza:25 casa_nueva:40 nueva_casa:40
primera_casa:55 hipoteca:15 graduacion:20 me_gradue:25 bautizo:50 quinceanera:55 quince_anos:40 jubilacion:05

@neutral 15
familia_de_productos empresa_familiar negocio_familiar empresas_familiares negocios_familiares
de_tu_a_tu pan_de_cada_dia ganarse_el_pan ganar_el_pan la_guinda_del_pastel guinda_del_pastel la_cereza_del_pastel
pan_comido pedazo_del_pastel cocinando_algo algo_se_cuece se_esta_cociendo cocinar_a_fuego_lento
tercero terceros partido_de_futbol partido_de_tenis fiesta_nacional dia_festivo plan_de_salud seguro_de_salud
seguro_medico salud_financiera salud_de_la_marca salud_del_sistema sistema_de_salud sector_salud
fecha_de_lanzamiento fecha_limite fecha_de_entrega cita_con_el_cliente cita_de:10 citas_de:10 cita_textual
matrimonio_entre hija_de_la_empresa filial empresa_hermana casa_matriz empresa_madre empresa_hija
la_madre_de_todas bautizo_de_fuego bautismo_de_fuego
amor_por_el_trabajo amo_mi_trabajo amo_lo_que_hago me_encanta_mi_trabajo
@neutral 25
estamos_contratando estamos_buscando buscamos_talento

@pro 20 head
empresa empresas negocio negocios startup startups industria sector sectores mercado mercados marca marcas
plataforma plataformas app apps aplicacion aplicaciones servicio servicios producto productos tienda tiendas
cadena cadenas franquicia proveedor proveedores fabricante distribuidor agencia firma fondo fondos seguro
seguros politica_de programa programas iniciativa proyecto proyectos cliente clientes sistema sistemas
solucion soluciones herramienta herramientas software modelo cartera consultora compania companias grupo
@pro 15 pre
equipo empresa cliente clientes corporativo corporativa oficina trabajo negocios lanzamiento conferencia
congreso socios inversores compania
@pro 25
contratando contratar contratacion empleo empleos trabajo:10 puesto puestos vacante vacantes oferta:10
oferta_de_empleo carrera:05 candidatos candidatas candidato entrevista entrevistas reclutamiento seleccion talento
practicas becario incorporacion incorporamos unete postulate curriculum cv
@pro 15
empresa negocio startup clientes cliente producto lanzamiento lanzamos lanzar estrategia ventas marketing
mercado ingresos facturacion crecimiento inversion inversores ronda financiacion equipo liderazgo lider lideres
gestion gerente director directora ceo cto proyecto proyectos reunion reuniones conferencia congreso webinar
taller ponencia ponente charla evento:05 sector industria datos tecnologia software plataforma desarrollo
ingenieria ingeniero ingenieros desarrolladores innovacion transformacion_digital digital alianza alianzas
socio:05 contrato propuesta presupuesto trimestre resultados informe estudio investigacion compañeros
companeros colegas oficina teletrabajo remoto hibrido empleados colaboradores rrhh recursos_humanos formacion
curso certificacion profesional profesionales habilidades competencias sostenibilidad consultoria agencia
link_en_comentarios enlace_en_comentarios orgulloso_de_anunciar orgullosa_de_anunciar encantado_de_anunciar
encantada_de_anunciar feliz_de_compartir nuevo_puesto nuevo_rol me_uno emprendimiento emprendedor
emprendedores pymes pyme b2b saas kpi kpis roi ia inteligencia_artificial automatizacion analitica metricas
clientes usuarios usuario experiencia_de_usuario procesos eficiencia productividad aprendizaje mentoria
mentor networking liderar gestionar negociacion logistica cadena_de_suministro compras auditoria
cumplimiento normativa regulacion licitacion facturas factura presentacion presentaciones dashboard

@func.with
con
@func.congrats
felicidades enhorabuena felicitaciones

@health.ill 45 75
cama_de_hospital:70 en_el_hospital:50 tobillo_roto:65 pierna_rota:65 brazo_roto:65 me_rompi:55 muletas:55
escayola:50 yeso:30 remision:60 vomitando:50 vomitar:40 fiebre:50 ictus:45 infarto:45 enfermera:15
enfermeras:15 tobillo:25 rodilla:15 estoy_malo:55 estoy_mala:55 me_encuentro_mal:55 convalecencia:50
@leisure.life 30 55
por_fin_en_casa:60 en_casa:15 dormi:35 sonreir:30 sonriendo:35 dejar_de_sonreir:65 lagrimas:35 llore:45
llorando:40 el_mar:25 mar:15 movil_apagado:55 sauna:45 desconectado:40 gafas_de_sol:20 padel:40
ver_el_partido:45 el_partido:15 final_de_temporada:45 capitulo:30 disfraz:40 disfrazado:50 disfrazada:50
carnaval:40 jaja:20 jajaja:25 jajajaja:30
@family.core 30 85 of
primer_dia_de_cole:70 primer_dia_de_colegio:70 primer_diente:70 que_grande_esta:60 como_ha_crecido:60
dale_un_abrazo:50 un_abrazo:20 abrazo:20 que_mono:45 que_mona:45 que_cosa_mas_bonita:50 monisimo:45
precioso:20 preciosa:20 la_familia_y_yo:65 toda_la_familia:50 fui_madre:75 fui_padre:75 me_converti_en_madre:75
@pets.core 45 85
raza:35 de_que_raza:65
@romance.core 35 85
lo_pase_muy_bien:35 cenar_otra_vez:55 otra_cita:60 hacen_buena_pareja:60 pareja_perfecta:55
@lifeEvents.loss 55 85 of
siento_tu_perdida:75 lo_siento_por_tu_perdida:75 tu_perdida:55 mi_mas_sentido_pesame:75
te_acompano_en_el_sentimiento:75 un_abrazo_enorme:35
@lifeEvents.life 45 75 of
nos_mudamos:55 nos_vamos_a_vivir:55 se_casa:55 se_casan:55 se_casa_mi:80
@beliefs.politics 40 65
elecciones:45 votar:30 votan:30 votais:35 este_partido:30 ese_partido:30 nuestro_pais:20
@beliefs.religion 50 70
ramadan_kareem:70 eid_mubarak:70 si_dios_quiere:45

@neutral 15
permiso_por_duelo politica_de_bajas dia_de_la_familia_en_la_oficina trae_a_tus_hijos despedida_de_un_companero
cena_de_empresa comida_de_empresa cena_de_equipo comida_de_equipo cena_de_navidad_de_la_empresa
@pro 20
buscamos incorporamos contratamos
@pro 0 head
friendly
@pro 20 head
importacion exportacion distribucion comercio campana campanas clinica clinicas mutua aseguradora temporada_alta
@pro 15
produccion en_produccion motor inferencia latencia version despliegue daily standup ronda_de_financiacion
@workplace
en_la_oficina con_el_equipo con_mi_equipo con_todo_el_equipo en_el_trabajo en_la_ofi con_los_companeros
@bridge
lo_mismo_pasa pasa_lo_mismo me_paso_igual me_pasaba_igual es_justo_lo_que justo_lo_que
es_exactamente_lo_que exactamente_lo_que me_enseno leccion lecciones lo_cuento_porque cambio_mi_forma_de
mi_forma_de_liderar aqui_van os_cuento en_el_trabajo_es_igual aprendi_mas
@pleasantry
espero_que_hayas espero_que_lo_hayas espero_que_estes_bien espero_que_hayais espero_que_este_bien
espero_que_hayan
@disclosure
no_suelo_compartir no_suelo_contar en_lo_personal a_nivel_personal en_el_plano_personal personalmente

@pro 12
revisar revisaba revision aprobar aprobaba aprobado diseno disenos decision decisiones decidir delegar delegacion
control leads lider entregar entregamos entregas codigo pr prs despliegue funcionalidad requisitos procesos flujo
eficiencia productividad rendimiento objetivos metas resultados impacto escalar adopcion usuarios precios
prototipo iteracion experimento analisis prevision negociacion cuentas proveedores cumplimiento auditoria legal
normativa arquitectura infraestructura migracion migrados dashboards etl analitica backend nube hoja_de_ruta
vision mision ejecucion gestionar directivos despidos trayectoria capacidad soporte incidencias tickets
personas_cuidadoras directora_de_personas retribuidos retribuidas remunerado jornada_completa contrato_indefinido
indefinido salario sueldo jornada turnos conciliacion beneficios empleados plantilla pilotos seguridad
contratos firma firmado facturacion contabilidad
@pleasantry
de_parte_de_todo_el_equipo de_todo_el_equipo_de todo_el_equipo_de te_debo_una te_debo_un te_invito_a
la_oficina_estara_cerrada cerramos_por_vacaciones
@pro 20 head
temporada_alta

@health.ill 40 75
muelas_del_juicio:60 muela_del_juicio:60 dolor_de_muelas:55 endodoncia:55 asma:40 diabetes:30 tension_alta:35
biopsia:55 vacuna:15 reposo:35 dolor_de_espalda:45 lumbago:50 chequeo:20 alta_medica:45 varicela:55 otitis:55
@leisure.time 25 50
guitarra:30 coro:30 escalada:40 ajedrez:20 novela:15 teatro:25 musical:20 opera:25 ceramica:35 bricolaje:30
pesca:30 concierto:30 ruta_en_bici:45 pelis:35 peli:35 partida:10 futbol:15
@food.meals 30 55
cocido:45 fabada:45 gazpacho:40 salmorejo:40 pulpo:35 marisco:40 mariscada:55 tostada:25 churros_con_chocolate:55
pozole:45 tamales:45 chocolate_con_churros:55 vermucito:55 aperitivo:30 sobremesa:45
@family.core 30 85 of
ahijado:45 ahijada:45 hijastro:45 hijastra:45 mi_nina:70 mi_nino:70 mis_peques:80

@func.pron
estoy tengo soy voy fui estaba estuve hice llevo me_he
@time
lunes martes miercoles jueves viernes sabado domingo esta_noche manana_por_la_noche por_la_tarde por_la_noche
el_finde este_finde el_fin_de_semana este_fin_de_semana
@health.ill 45 75
hospital:40 semanas_en_el_hospital:70 dias_en_el_hospital:70 curado:45 curada:50 estas_curada:75 estas_curado:75
tratamiento:15 oncologia:40 libre_de_cancer:65
@romance.core 35 85
apps_de_citas:50 app_de_citas:50

@health.ill 45 75
me_operan:65 me_operaron:65 me_opero:55 operarme:60 me_van_a_operar:65 deseadme_suerte:15 en_la_cama:30
@health.ill 40 75
sin_dormir:50 he_pedido_ayuda:60 pedi_ayuda:55 pedir_ayuda:25 no_puedo_mas:55 ya_no_puedo_mas:60 meses_de_terapia:60
anos_de_terapia:60 mi_psicologa:75 mi_psicologo:75 mi_terapeuta:75 psicologa:30 psicologo:30 mi_cuerpo:55 quimio:60
sesion_de_quimio:70 ingresado:45 ingresada:45 hernia_discal:60 sin_dolor:35 estoy_agotado:55 estoy_agotada:55 insomnio:45
me_diagnosticaron:70 baja_medica:40:70
@lifeEvents.life 45 75 of
mudanza:35 cajas:10:20 casa_de_mi_abuela:65 casa_de_mis_abuelos:65 me_mudo:60 nos_mudamos:60 nuestra_nueva_casa:65
piso_nuevo:40 casa_nueva:40 ultima_vez:15 cerramos_por_ultima_vez:35 la_casa_de_mi_infancia:70
@lifeEvents.wedding 55 85 of
me_caso:80 nos_casamos:80 me_he_casado:80 nos_hemos_casado:80 boda_de_mi:75
@romance.core 35 85
que_tal_la_cita:70 tu_cita:45 la_cita_de_anoche:70 cuentamelo_todo:40 cuentame_todo:40 primera_cita:65 segunda_cita:65
@leisure.travel 35 60
modo_avion:45 pies_en_la_arena:65 fuera_de_la_oficina:20 desconectado:35 desconectada:35 sin_cobertura:25
saludos_desde:40 de_vacaciones:55
@beliefs.politics 40 65
voluntario:20 voluntaria:20 campana_municipal:55 elecciones_municipales:45 manifestacion:25 he_votado:65 votado:35
@appearance.looks 40 65
corte_de_pelo:55 gafas_nuevas:55 nuevas_gafas:55 me_he_rapado:60 rapado:35 cambio_de_look:55 mi_pelo:55
@neutral 15
mudanza_de_oficina traslado_de_oficina mudanza_de_la_oficina
@workplace
retiro_de_equipo encuentro_de_equipo offsite jornada_de_equipo team_building convencion_anual
@policy
politica politicas empleados empleadas plantilla beneficios colaboradores colaboradoras absentismo rotacion
bajas_laborales recursos_humanos rrhh empresas organizacion bienestar_laboral salud_laboral
@pro 20 head
bodega bodegas viñedo vinedos cooperativa cooperativas venta ventas
@health.ill 40 75
estoy_quemado:65 estoy_quemada:65 burnout:30:60 burn_out:30:60 tuve_un_burnout:70 tuve_burnout:70 un_burnout:35
hago_terapia:60 voy_a_terapia:60 empece_terapia:65 empece_a_ir_a_terapia:70 me_han_ingresado:70 ingresaron:45
la_quimio:60 de_la_quimio:60 urgencias_con:45 sin_desconectar:35 he_decidido_parar:50
@lifeEvents.life 45 75 of
donde_creci:60 la_casa_donde_creci:70 el_piso_donde_creci:70 nudo_en_la_garganta:50 nos_hemos_mudado:65
cajas_por_todas_partes:50 mi_primer_piso:65 nuestro_primer_piso:70 nuestra_primera_casa:70
@leisure.time 25 50
nochebuena:45 cena_de_navidad:50 feliz_navidad:35 los_regalos:30 reyes_magos:45 roscon:45
@romance.core 35 85
el_chico_de_tinder:65 la_chica_de_tinder:65 que_tal_anoche:40 
@leisure.travel 35 60
tumbado_en_la_playa:65 tumbada_en_la_playa:65 en_la_playa:40 hamaca:45 tumbona:50
@appearance.looks 40 65
estrenando_gafas:60 me_he_cortado_el_pelo:65 corte_de_pelo_nuevo:60
@leisure.travel 35 60
primer_bano:55 primer_bano_del_verano:70 el_agua_estaba_helada:45 sin_portatil:35 por_fin_de_vacaciones:60
@health.ill 40 75
ir_al_psicologo:60 al_psicologo:50 a_la_psicologa:50 despues_de_la_operacion:50 me_operaron:65
@family.core 30 85 of
los_peques:45 los_crios:45 busqueda_de_huevos:50
@appearance.looks 40 65
pelo_corto:45
@health.ill 40 75
deje_de_fumar:65 he_dejado_de_fumar:70 ortodoncia:35 el_accidente:35 desde_el_accidente:55 primer_maraton:55
@lifeEvents.life 45 75 of
compramos_una_casa:70 hemos_comprado_una_casa:70 la_hipoteca:30 firmamos_la_hipoteca:60 nuestra_primera_casa:70
se_ha_ido_de_erasmus:55 la_casa_esta_silenciosa:50
@leisure.time 25 50
clases_de_salsa:45 clases_de_baile:40 me_he_apuntado:30 dos_pies_izquierdos:45
@parties.party 35 65
felicitaciones_por_mi_cumple:75 gracias_por_las_felicitaciones:65
@bridge
asi_explicamos asi_es_como es_igual igual_pasa_con lo_mismo_con
@workplace
fiesta_de_jubilacion fiesta_de_despedida comida_de_despedida cena_de_empresa
@policy
permisos permiso_de conciliacion baja_por_nacimiento personas_de_la_plantilla toda_la_plantilla
@pro 10
pedidos
@lifeEvents.baby 55 85 of
hemos_sido_padres:80 hemos_sido_madres:80 vino_al_mundo:65 ha_nacido:55
@family.core 30 85 of
a_los_tres:45 
@health.ill 40 75
tu_recuperacion:60 pronta_recuperacion:60 mejorate:60 que_te_mejores:60 animo_con_la_operacion:65
@leisure.life 30 55
hace_siglos:40  
@leisure.time 25 50
sofa:30 manta:25 tarde_de_sofa:60 sofa_y_manta:60 sofa_manta_y_peli:65 peli_y_manta:60
@appearance.looks 40 65
nuevo_tatuaje:60 primer_tatuaje:60 me_he_tatuado:65 tatuaje:40
@leisure.travel 35 60
escapada:45 escapadita:55
@health.ill 40 75
antidepresivos:50 alzheimer:35 demencia:35
@lifeEvents.life 45 75 of
ultima_caja:45 la_ultima_caja:50 trastero:30 anos_de_recuerdos:50 entregue_las_llaves:55 devolvi_las_llaves:55
donde_vivi:50 donde_vivimos:45
@leisure.travel 35 60
desde_la_playa:55 saludos_desde_la_playa:65 desde_una_hamaca:60
`,
  // ------------------------------------------------------------------------------------------------
  pt: `
@func.poss
meu minha meus minhas nosso nossa nossos nossas
@func.pron
eu me nos comigo conosco
@func.of
de da do das dos
@func.for
para pra
@func.into
@func.third
seu sua seus suas dele dela
@func.neg
nao sem nunca

@food.baking 35 60
muffin cupcake croissant brownie biscoito biscoitos bolacha bolachas bolo:35 bolos bolinho:45 bolinhos:45 torta
tortas pao_de_queijo:50 brigadeiro:50 brigadeiros:50 pastel_de_nata:50 pasteis_de_nata:50 sonho:05 rosca donut
assar:30 assei:50 assamos:50 assando:40 caseiro:40 caseira:40 caseiros:40 feito_em_casa:50 confeitaria:25
fornada:40 massa:05 farinha:20 cobertura:05 fiz_um_bolo:70 bolo_de_cenoura:55 bolo_de_chocolate:55
@food.meals 30 55
cafe_da_manha:35 pequeno_almoco:35 almoco:20 almocar:35 almocamos:50 jantar:30 jantamos:55 jantei:50
lanche:35 lanchinho:50 brunch:45 sobremesa:40 sobremesas:40 petisco:40 petiscos:40 pizza hamburguer sushi
churrasco:45 churrasquinho:55 feijoada:50 acai:45 coxinha:50 pastel:30 salgadinhos:45 moqueca:45 tapioca:35
macarrao:25 massa_caseira:45 salada:25 sopa:25 pao:10 sanduiche:20 chocolate sorvete:45 gelado:20 pipoca:35
receita:20 receitas:20 delicioso:40 deliciosa:40 delicia:45 que_delicia:60 gostoso:35 gostosa:35 saboroso:35
cozinhar:30 cozinh*:25 cozinhei:50 comer:20 comi:40 comemos:45 comendo:30 comilanca:55 fome:20 larica:50
restaurante:20:20 restaurantes:20:20 foodie:55 comidinha:55 rodizio:45 boteco:45 marmita:30
@food.coffee 15 35
cafe:15 cafezinho:45 cha:10 capuccino:30 expresso:15 chimarrao:40 chocolate_quente:30

@family.core 30 85 of
esposa marido mulher:02:85 filho:25 filha:30 filhos:25 filhas:30 crianca:15 criancas:25 ~bebe:40 ~bebes:35
nenem:50 mae:25 pai:20 pais:10 mamae papai avo avos vovo vovo neto neta netos irmao:20 irma:20 irmaos:20
primo:15 prima:15 tio:20 tia:20 sobrinho sobrinha sogra sogro cunhado cunhada ~familia:25 familiares:20 gemeos
cacula:55 pequeno:05 pequena:05 pequenos:10 molecada:40 melhor_amiga:45 melhor_amigo:45 recem_nascido:55
recem_nascida:55 meus_filhos:85 primogenito:50
@family.life 35 70
em_familia:55 tempo_em_familia:65 dia_das_maes:55 dia_dos_pais:55 fraldas:50 fralda:50 creche:30 escolinha:40
licao_de_casa:20 maternidade:30 paternidade:30 maternar:50 almoco_de_domingo:50 almoco_em_familia:65
reuniao_de_familia:60 ferias_em_familia:70 birra:40 primeiros_passos:50

@romance.core 35 85
namorada:50 namorado:50 namorados:45 noiva:50 noivo:45 noivos:50 parceiro:05:45 parceira:05:45 companheiro:10:70
companheira:10:70 encontro:02:20 primeiro_encontro:65 romantico:45 romantica:45 romance:35 beijo:40 beijos:40
dia_dos_namorados:55 aniversario_de_namoro:80 aniversario_de_casamento:75 ~lua_de_mel:60 meu_amor:75
amor_da_minha_vida:80 alma_gemea:65 te_amo:65 crush:35 tinder:55 paixao:10 apaixonado:45 apaixonada:45
mozao:65 mozinho:65 namoro:50 terminamos:30 xodo:40
@romance.love 15 45
amor:15 amo:10 abracos:25 beijinhos:40

@health.ill 40 75
doente:45 doenca:30 gripe:45 gripado:55 gripada:55 febre resfriado:45 resfriada:45 constipado:45 constipada:45
tosse:35 dor_de_cabeca:50 enxaqueca:45 hospital:35 internado:60 internada:60 pronto_socorro:55 medico:20
medica:20 dentista:30 cirurgia:45 operacao:05 operado:50 operada:50 diagnostico:15 diagnosticado:50
diagnosticada:50 cancer:40 cancro:45 quimio:60 quimioterapia:55 terapia:25 terapeuta:35 psicologo:25
ansiedade:30 depressao:35 crise_de_panico:55 insonia:40 lesao:35 machucado:45 machuquei:50 fratura:40 gesso:30
fisioterapia:35 recuperacao:15 me_recuperando:55 remedio:35 remedios:35 antibiotico:45 alergia:30 exame_de_sangue:45
melhoras:50 atestado:45 saude_mental:15 dor:25 cansado:15 cansada:15 exausto:25 exausta:25 covid:30 gravidez:50
@health.fitness 35 60
academia:20 ginasio:35 treino:30 treinar:25 treinando:35 musculacao:45 corrida:20 correr:15 maratona:25
meia_maratona:45 yoga:35 ioga:35 pilates:40 crossfit:40 dieta:30 emagrecer:45 emagreci:55 calorias:30 bike:20
ciclismo:25 natacao:25 nadar:25 trilha:35 caminhada:30 cardio:40 whey:40 vegano:20 fitness:20 foco_na_dieta:50

@parties.drinks 45 70
cerveja cervejas cervejinha:55 breja:55 chopp:50 chope:50 vinho:40 vinhos:40 vinhozinho:55 taca:15 tacas:30
drink:35 drinks:35 drinque:40 coquetel:45 caipirinha:50 caipirinhas:50 cachaca:45 tequila vodka rum:30 whisky gin:30
shot:20 shots:35 bebado:55 bebada:55 bebum:55 ~ressaca:60 porre:60 brinde:25 brindar:30 brindamos:45 bar:10
barzinho:50 happy_hour:40 balada:55 baladinha:60 boate:50 pub:35 espumante:40 champanhe:45 sangria mojito
@parties.party 35 65
festa:35 festas:30 festinha:55 aniversario:40 niver:55 comemorar:10 comemoramos:10 comemoracao:05 celebrar:05
festival:30 show:05 shows:05 carnaval:40 bloco:20 reveillon:45 ano_novo:20 despedida_de_solteiro:65
despedida_de_solteira:65 cha_de_panela:65 cha_de_bebe:75 cha_revelacao:80 karaoke:45 dancar:30 dancando:35
festa_surpresa:60 bolo_de_aniversario:60 feliz_aniversario:60 parabens_pra_voce:60 rolezinho:50 role:10 sextou:60
churras:55 resenha:35 noite_das_meninas:60 festa_junina:50 arraia:50

@pets.core 45 85
cachorro cachorra cachorros cachorrinho cachorrinha cao caes cadela filhote:30 filhotes:30 gato gata gatos gatinho
gatinha gatinhos pet:30 pets:30 bichinho:50 bichinhos:50 bicho_de_estimacao:55 animal_de_estimacao:55 veterinario:25
veterinaria:25 coelho:30 papagaio:40 hamster cavalo:20 tartaruga:30 peixinho:30 patinhas:45 au_au:55 miau:55
adotei:35 adotamos:35 passear_com_o_cachorro:65 focinho:40 pet_shop:05

@leisure.travel 35 60
ferias:40 feriado:25 feriadao:45 viagem:20 viagens:15 viajar:15 viajando:20 viajei:30 passeio:30 passeios:30
praia:40 praias:40 prainha:55 piscina:25 por_do_sol:40 sol:10 nascer_do_sol:25 montanha:25 serra:20 trilha:35
acampamento:40 acampar:45 camping:45 esqui:40 surf:30 surfar:45 mergulho:40 cruzeiro:40 ilha:25 lago:20 spa:40
massagem:35 descanso:25 descansar:30 relaxar:35 relaxando:40 folga:40 folguinha:50 dia_de_folga:50 ~lua_de_mel:60
mochilao:45 pousada:40 resort:35 turismo:10 fim_de_semana:20 fds:40 final_de_semana:20 domingo:10 sabado:10
domingao:45 sabadou:55 sextou:55 domingo_de_manha:35 filme:15 filmes:20 serie:05 maratonar:55 netflix:40
videogame:40 jogos:05 jardim:20 jardinagem:40 horta:35 hobby:25 tempo_livre:35 natal:30 pascoa:25 verao:10
ferias_de_verao:45 vibe:25 vibes:30 chill:25 preguica:40 soneca:50 cochilo:50

@beliefs.religion 50 70
igreja:45 missa:45 culto:35 rezar:50 orar:45 oracao:45 oracoes:40 deus:30 gracas_a_deus:40 se_deus_quiser:45
abencoado:30 abencoada:30 bencao:25 bencaos:30 fe:10 biblia:50 padre:35 pastor:25 mesquita:50 ramada:05
sinagoga:50 religiao:35 religioso:35 religiosa:35 jesus:50 cristo:40 senhor:05 amem:60 catolico:40 catolica:40
evangelico:40 evangelica:40 cristao:40 crista:40 espirita:40 umbanda:45 candomble:45 batizado:50 crisma:50
primeira_comunhao:60 nossa_senhora:45 espiritual:25 gloria_a_deus:60
@beliefs.politics 40 65
eleicao:35 eleicoes:35 votar:25 votei:35 voto:20 urna:30 urnas:35 partido:05 partido_politico:50 esquerda:10
direita:10 esquerdista:50 direitista:50 politica:05 politico:20 politicos:30 governo:10 presidente:05
congresso:15 senado:20 deputado:25 deputados:30 aborto:55 imigracao:20 feminismo:35 comunista:45 fascista:50
bolsonaro:55 lula:45 bolsonarista:60 petista:55 manifestacao:30 protesto:30 greve:30 ditadura:40 golpe:25

@appearance.looks 40 65
selfie:50 selfies:50 corte_de_cabelo:55 cabelo_novo:55 cabelo:15 cabeleireiro:40 salao:20 maquiagem:30
maquilhagem:30 batom:45 unhas:25 manicure:50 pedicure:50 look:15 look_do_dia:65 lookinho:55 tatuagem:40
piercing:40 barba:35 bigode:35 abdomen:30 emagreci:55 perdi_peso:50 quilos:10 beleza:15 bonita:20 bonito:15
linda:15 lindo:15 gata:10 antes_e_depois:25 skincare:40 vestido:20 salto:10 biquini:55

@lifeEvents.wedding 55 85 of
~casamento:50 casamentos:45 casar:45 casei:70 casamos:70 nos_casamos:85 vou_casar:80 vamos_casar:80 casado:35
casada:35 casados:40 recem_casados:80 noivado:70 noivamos:80 ficamos_noivos:85 anel_de_noivado:80 pedido_de_casamento:80
disse_sim:60 noiva:50 noivo:45 madrinha:25 padrinho:20 madrinhas:40 vestido_de_noiva:70 ~lua_de_mel:60 votos:20
bodas:45 cha_de_panela:65 uniao:05
@lifeEvents.baby 55 85 of
gravida:65 gravidez:55 gestacao:55 gestante:50 estamos_gravidos:85 esperando_um_bebe:85 cha_de_bebe:75
cha_revelacao:80 licenca_maternidade:45 licenca_paternidade:45 ~nascimento:25 nasceu:30 nascido:20 recem_nascido:55
bem_vindo_ao_mundo:70 bem_vinda_ao_mundo:70 parto:40 cesarea:60 ultrassom:55 primeiro_filho:60 segundo_filho:60
aborto_espontaneo:70 maternidade:30
@lifeEvents.loss 55 85 of
funeral:60 velorio:60 enterro:55 sepultamento:55 faleceu:60 falecimento:60 falecido:50 falecida:50 morreu:45
~morte:30 descanse_em_paz:65 luto:50 condolencias:45 pesames:60 meus_sentimentos:55 perda:10 partiu:20 saudade:35
saudades:35 viuva:45 viuvo:45 missa_de_setimo_dia:70
@lifeEvents.life 45 75 of
~divorcio:50 divorciado:50 divorciada:50 separacao:05 separados:20 mudanca:05 casa_nova:40 primeira_casa:55
apartamento_novo:40 financiamento:05 formatura:25 me_formei:25 batizado:50 quinze_anos:40 debutante:45
aposentadoria:05

@neutral 15
familia_de_produtos empresa_familiar negocio_familiar empresas_familiares negocios_familiares
pao_de_cada_dia ganha_pao a_cereja_do_bolo cereja_do_bolo moleza cozinhando_algo terceiro terceiros
plano_de_saude seguro_saude saude_financeira saude_da_marca sistema_de_saude setor_de_saude data_de_lancamento
prazo data_limite data_de_entrega empresa_irma empresa_mae casa_matriz filial a_mae_de_todas batismo_de_fogo
amo_meu_trabalho amo_o_que_faco amor_pelo_trabalho fazer_bolo receita_de_sucesso receita_para_o_sucesso
receita_liquida receita_recorrente receita_anual receita_bruta receita_operacional receita_de receitas_de
crescimento_de_receita geracao_de_receita time_de
@neutral 25
estamos_contratando estamos_com_vagas vagas_abertas vaga_aberta

@pro 20 head
empresa empresas negocio negocios startup startups industria setor setores mercado mercados marca marcas
plataforma plataformas app apps aplicativo aplicativos servico servicos produto produtos loja lojas rede redes
franquia fornecedor fornecedores fabricante distribuidor agencia firma fundo fundos seguro seguros politica_de
programa programas iniciativa projeto projetos cliente clientes sistema sistemas solucao solucoes ferramenta
ferramentas software modelo carteira consultoria companhia grupo delivery
@pro 15 pre
equipe equipa time empresa cliente clientes corporativo corporativa escritorio trabalho negocios lancamento
conferencia congresso socios investidores companhia
@pro 25
contratando contratar contratacao vaga vagas emprego empregos trabalho:10 cargo cargos oportunidade
oportunidades carreira:05 candidatos candidatas candidato entrevista entrevistas recrutamento selecao talento
talentos estagio estagiario trainee curriculo cv
@pro 15
empresa negocio startup clientes cliente produto lancamento lancamos lancar estrategia vendas marketing
mercado receita:05 faturamento crescimento investimento investidores rodada aporte equipe equipa time:05
lideranca lider lideres gestao gestor gestora gerente diretor diretora ceo cto projeto projetos reuniao
reunioes conferencia congresso webinar workshop palestra palestrante evento:05 setor industria dados tecnologia
software plataforma desenvolvimento engenharia engenheiro engenheiros desenvolvedores inovacao
transformacao_digital digital parceria parcerias socio:05 contrato proposta orcamento trimestre resultados
relatorio pesquisa estudo colegas escritorio home_office remoto hibrido funcionarios colaboradores rh
treinamento capacitacao curso certificacao profissional profissionais habilidades competencias
sustentabilidade consultoria agencia link_nos_comentarios orgulho_de_anunciar feliz_em_anunciar
feliz_em_compartilhar novo_cargo novo_desafio empreendedorismo empreendedor empreendedores pme pmes b2b saas kpi
kpis roi ia inteligencia_artificial automacao analise metricas usuarios usuario processos eficiencia
produtividade aprendizado mentoria mentor networking negociacao logistica cadeia_de_suprimentos compras
auditoria conformidade regulacao licitacao fatura apresentacao dashboard

@func.with
com
@func.congrats
parabens felicidades

@health.ill 45 75
cama_de_hospital:70 no_hospital:50 tornozelo_quebrado:65 perna_quebrada:65 braco_quebrado:65 quebrei:50
muletas:55 gesso:40 remissao:60 afastado:35:70 afastada:35:70 licenca_medica:40:75 vomitou:50 vomitando:50
enfermeira:15 enfermeiras:15 tornozelo:25 joelho:15 avc:45 infarto:45 febre:50 estou_doente:60 passando_mal:50
@leisure.life 30 55
finalmente_em_casa:60 em_casa:15 dormi:35 sorrir:30 sorrindo:35 parar_de_sorrir:65 lagrimas:35 chorei:45
chorando:40 o_mar:25 mar:15 celular_desligado:55 sauna:45 oculos_escuros:20 padel:40 futevolei:50 viu_o_jogo:45
assistir_o_jogo:45 jogo_ontem:40 final_da_temporada:45 episodio:25 fantasia:10 fantasiado:50 fantasiada:50
bloquinho:50 kkkk:25 kkk:20 kkkkk:30 kkkkkk:30 rsrs:25 haha:20 hahaha:25 sem_voz:30
@family.core 30 85 of
primeiro_dia_de_aula:70 primeiro_dia_de_escola:70 primeiro_dente:70 como_ela_cresceu:60 como_ele_cresceu:60
um_abraco_nela:50 um_abraco_nele:50 da_um_abraco:45 abraco:20 que_fofura:50 fofura:45 fofo:35 fofa:35
a_familia_e_eu:65 toda_a_familia:50 virei_mae:75 virei_pai:75 me_tornei_mae:75 me_tornei_pai:75
@pets.core 45 85
raca:35 qual_e_a_raca:65
@romance.core 35 85
adorei_a_noite:45 jantar_de_novo:55 outro_encontro:60 casal_perfeito:55 lindo_casal:60
@lifeEvents.loss 55 85 of
sinto_muito_pela_sua_perda:75 sua_perda:55 meus_pesames:75 meus_sentimentos:55
@lifeEvents.life 45 75 of
vamos_nos_mudar:55 nos_mudamos:55 mudando_para:30
@beliefs.politics 40 65
eleicoes:45 eleicao:40 votar:30 esse_candidato:40 nesse_candidato:45 o_brasil_merece:40
@beliefs.religion 50 70
ramada_kareem:70 eid_mubarak:70

@neutral 15
licenca_por_luto dia_da_familia_no_escritorio traga_seus_filhos jantar_da_empresa jantar_do_time
confraternizacao festa_da_empresa happy_hour_da_empresa
@pro 20
procuramos buscamos contratamos
@pro 20 head
importacao exportacao distribuicao comercio campanha campanhas clinica clinicas comercios varejo atacado
@pro 15
producao em_producao motor inferencia latencia versao deploy daily estande
@workplace
no_escritorio com_o_time com_a_equipe com_meu_time com_a_minha_equipe no_trabalho com_a_galera_do_trabalho
@bridge
foi_exatamente_o_que exatamente_o_que e_exatamente_o_que era_igual o_mesmo_vale a_mesma_coisa me_ensinou
aprendi_mais licao licoes mudou_minha_forma hoje_como tecnicas_que
@pleasantry
espero_que_tenha espero_que_voce_tenha espero_que_esteja_bem espero_que_tenham espero_que_tenha_tido
@disclosure
nao_costumo_compartilhar no_lado_pessoal na_vida_pessoal pessoalmente

@pro 12
revisar revisava revisao aprovar aprovava aprovado design decisao decisoes decidir delegar delegacao controle
lideres entregas entregar entregamos codigo pr deploy funcionalidade requisitos processos fluxo eficiencia
produtividade desempenho metas objetivos resultados impacto escalar adocao usuarios precos prototipo iteracao
experimento analise previsao negociacao contas fornecedores conformidade auditoria juridico arquitetura
infraestrutura migracao migrados dashboards etl backend nuvem roadmap visao missao execucao gerir diretoria
demissoes capacidade suporte chamados credito limite_automatico lembrete fundadora fundador unidade unidades
inaugurar inauguracao beneficios funcionarios remunerada salario pilotos seguranca contratos assinado
faturamento contabilidade
@pleasantry
de_toda_a_equipe de_todo_o_time toda_a_equipe_da te_devo_uma te_devo_um o_escritorio_estara_fechado
@pro 20 head
alta_temporada

@health.ill 40 75
dente_do_siso:60 siso:50 dor_de_dente:55 tratamento_de_canal:55 asma:40 diabetes:30 pressao_alta:35 biopsia:55
vacina:15 repouso:35 dor_nas_costas:45 torcicolo:45 checkup:20 alta_hospitalar:50 catapora:55 otite:55
@leisure.time 25 50
violao:30 coral:30 escalada:40 xadrez:20 teatro:25 musical:20 opera:25 ceramica:35 pintura:10 pescaria:45
bicicleta:20 pedal:35 show:05 filminho:50 serie:05 jogo_do:20
@food.meals 30 55
bacalhau:40 bacalhoada:50 francesinha:50 cuscuz:35 pamonha:45 quentao:50 pastel_de_feira:50 sobremesa:40
@family.core 30 85 of
afilhado:45 afilhada:45 enteado:45 enteada:45 minha_pequena:70 meu_pequeno:70

@func.pron
estou tenho sou vou fui estava fiz fiquei passei
@time
segunda terca quarta quinta sexta sabado domingo hoje_a_noite amanha_a_noite a_noite quinta_a_noite sexta_a_noite
no_fds neste_fim_de_semana no_fim_de_semana
@health.ill 45 75
hospital:40 semanas_no_hospital:70 dias_no_hospital:70 curado:45 curada:50 tratamento:15 oncologia:40
livre_do_cancer:65
@romance.core 35 85
apps_de_namoro:50 app_de_namoro:50

@health.ill 45 75
vou_operar:60 fui_operado:65 fui_operada:65 de_cama:45
@health.ill 40 75
sem_dormir:50 pedi_ajuda:55 pedir_ajuda:25 nao_aguento_mais:55 meses_de_terapia:60 anos_de_terapia:60
minha_terapeuta:75 meu_terapeuta:75 meu_psicologo:75 minha_psicologa:75 psicologa:30 psicologo:30 meu_corpo:55
quimio:60 sessao_de_quimio:70 hernia_de_disco:60 sem_dor:35  insonia:45 sem_sentir_culpa:45
 
@leisure.travel 35 60
pe_na_areia:65 pes_na_areia:65 modo_aviao:45 volto_dia:35 volto_no_dia:35 estarei_off:45 vou_ficar_off:45 de_ferias:55
sem_sinal:35 sem_wifi:30
@lifeEvents.wedding 55 85 of
eu_caso:80 caso_com:55 vou_casar:75 vamos_casar:75 nos_casamos:80 me_casei:80 casei:60
@lifeEvents.life 45 75 of
mudanca:35 caixas:10:20 nos_mudamos:60 me_mudei:60 casa_da_minha_avo:65 casa_nova:40 apartamento_novo:40
@romance.core 35 85
como_foi_o_encontro:70 conta_tudo:40 primeiro_encontro:65 segundo_encontro:65
@beliefs.politics 40 65
voluntario:20 voluntaria:20 campanha_municipal:55 eleicoes_municipais:45 manifestacao:25 votei:60
@appearance.looks 40 65
corte_de_cabelo:55 oculos_novos:55 cabelo_novo:55 meu_cabelo:55
@workplace
offsite offsite_do_time encontro_da_equipe encontro_do_time confraternizacao_da_empresa convencao_anual
@pro 20 head
venda vendas vinicola vinicolas cooperativa
@policy
politica politicas colaboradores colaboradoras funcionarios funcionarias beneficio beneficios rotatividade
absenteismo afastamentos recursos_humanos rh empresas organizacao bem_estar saude_mental_no_trabalho por_colaborador
@health.ill 40 75
burnout:30:60 burn_out:30:60 tive_um_burnout:70 tive_burnout:70 um_burnout:35 fazer_terapia:55 faco_terapia:65
comecei_a_fazer_terapia:70 comecei_terapia:65 fiquei_internado:70 fiquei_internada:70 me_recuperando:50
estou_esgotado:60 estou_esgotada:60 a_quimio:55 da_quimio:55 me_ouvir:30 aprendendo_a_me_ouvir:50
@lifeEvents.life 45 75 of
mudamos_de_casa:70 mudei_de_casa:70 caixa_por_todo_lado:50 caixas_por_todo_lado:50 onde_cresci:60
nosso_primeiro_apartamento:70 meu_primeiro_apartamento:65 no_no_na_garganta:50
@leisure.time 25 50
ceia:40 ceia_de_natal:55 feliz_natal:35 familia_toda:50 familia_reunida:55 os_presentes:30
@romance.core 35 85
o_date:45 como_foi_o_date:70 quero_saber_de_tudo:40 quero_saber_tudo:40 o_cara_do_app:60 o_crush:55
@appearance.looks 40 65
oculos_novo:55 nem_me_reconheco:45 cortei_o_cabelo:65
@health.ill 40 75
ao_psicologo:55 a_psicologa:45 depois_da_cirurgia:50 recebi_alta:65
@family.core 30 85 of
os_miudos:40 caca_aos_ovos:55 ovos_de_pascoa:40
@appearance.looks 40 65
cabelo_curto:50 amei:20 cortei_o_cabelo:65
@leisure.travel 35 60
sem_notebook:35 sem_computador:30 finalmente_de_ferias:60
@health.ill 40 75
parei_de_fumar:65 aparelho_nos_dentes:50 tirei_o_siso:65 o_acidente:35 desde_o_acidente:55 primeira_maratona:55
@lifeEvents.life 45 75 of
compramos_uma_casa:70 compramos_um_apartamento:70 ganhei_uma_sobrinha:70 ganhei_um_sobrinho:70 lua_de_mel:60
@leisure.time 25 50
aulas_de_danca:40 aula_de_danca:40
@parties.party 35 65
obrigado_pelos_parabens:70 obrigada_pelos_parabens:70
@bridge
e_igual assim_explicamos a_mesma_coisa_com
@workplace
festa_de_aposentadoria festa_de_despedida almoco_de_despedida
@policy
licencas licenca_parental para_todos_os_colaboradores
@pro 10
pedidos
@lifeEvents.baby 55 85 of
nos_tornamos_pais:80 virei_pai:75 veio_ao_mundo:65 nasceu:45
@family.core 30 85 of
voces_tres:45 aos_tres:40
@health.ill 40 75
tua_recuperacao:60 sua_recuperacao:55 boa_recuperacao:60 melhoras:55 torcendo_por_voce:40 forca_amiga:45
@leisure.life 30 55
faz_tempo_que_a_gente_nao_se_ve:50  matar_a_saudade:50
@appearance.looks 40 65
nova_tatuagem:60 primeira_tatuagem:60 tatuagem:40
@leisure.travel 35 60
bate_volta:40 feriadao:45
@health.ill 40 75
antidepressivos:50 alzheimer:35 demencia:35
@lifeEvents.life 45 75 of
entreguei_as_chaves:55 onde_vivi:50 onde_morei:50 que_saudade:45
@leisure.travel 35 60
direto_da_praia:60 da_praia:35
`,
  // ------------------------------------------------------------------------------------------------
  fr: `
@func.poss
mon ma mes notre nos
@func.pron
je j moi me m nous
@func.of
de du des d
@func.for
pour
@func.into
@func.third
son sa ses leur leurs
@func.neg
ne pas sans jamais

@food.baking 35 60
muffin cupcake croissant croissants pain_au_chocolat chocolatine brioche brownie biscuit biscuits cookie cookies
gateau:40 gateaux:40 tarte:35 tartes:35 crepe:40 crepes:40 gaufre:40 gaufres:40 macaron macarons madeleine
madeleines patisserie:20 patisseries:30 fait_maison:50 faits_maison:50 patisser:40 j_ai_fait_un_gateau:75
four:05 farine:20 pate:05 cuisson:20 gouter:45 viennoiseries:45 galette_des_rois:55 buche:40
@food.meals 30 55
petit_dejeuner:35 petit_dej:50 dejeuner:15 dejeuners:15 diner:30 dine:20 souper:35 brunch:45 dessert:40 desserts:40
apero:50 aperitif:45 aperitif_dinatoire:55 pique_nique:45 repas:25 festin:35 pizza burger sushi raclette:50
fondue:50 barbecue:45 barbeuc:50 pates:20 salade:25 soupe:25 pain:05 baguette:20 fromage:25 fromages:30
charcuterie:35 chocolat:30 glace:10 glaces:20 bonbons:40 pop_corn:35 recette:35 recettes:35 delicieux:40
delicieuse:40 miam:55 trop_bon:45 un_regal:55 regale:40 savoureux:35 gourmand:35 gourmandise:45 cuisiner:30
cuisine:15 cuisine_maison:50 j_ai_cuisine:60 manger:20 mange:15 mangeons:25 restaurant:20:20 resto:40 restos:40
petit_resto:55 food:15 foodie:55 croque_monsieur:45 quiche:40 ratatouille:40 couscous:35 tajine:35 boeuf_bourguignon:45
@food.coffee 15 35
cafe:15 petit_cafe:35 the:02 cappuccino:30 latte:30 chocolat_chaud:35 pause_cafe:15

@family.core 30 85 of
femme:02:85 mari:35 epoux:35 epouse:35 fils:25 fille:10:85 filles:15:85 enfant:15 enfants:25 gamin:30 gamins:35
~bebe:40 ~bebes:35 maman papa mere:25 pere:20 parents:15 grand_mere grand_pere mamie papi papy grands_parents
petit_fils petite_fille petits_enfants frere:20 soeur:20 freres:20 soeurs:20 cousin:15 cousine:15 tante:20
oncle:20 neveu niece belle_mere beau_pere belle_soeur beau_frere ~famille:25 jumeaux jumelles loulou:45 loulous:50
petite_derniere:60 petit_dernier:60 meilleure_amie:45 meilleur_ami:45 nouveau_ne:55 mes_enfants:85 progeniture:50
@family.life 35 70
en_famille:55 temps_en_famille:65 fete_des_meres:55 fete_des_peres:55 couches:30 creche:30 nounou:45 ecole:05
devoirs:15 maternite:25 paternite:30 parentalite:30 reunion_de_famille:60 repas_de_famille:60
vacances_en_famille:70 week_end_en_famille:70 dimanche_en_famille:70 caprice:30 premiers_pas:50 sortie_d_ecole:45

@romance.core 35 85
copine:20:85 copain:15:80 petite_amie:60 petit_ami:60 cheri:45 cherie:45 amoureux:40 amoureuse:45 fiance:55
fiancee:55 conjoint:10:75 conjointe:10:75 compagnon:10:75 compagne:10:75 rendez_vous:02:20 premier_rendez_vous:65
romantique:45 romance:35 bisou:45 bisous:45 saint_valentin:55 anniversaire_de_mariage:75 anniversaire_de_rencontre:80
~lune_de_miel:60 mon_amour:75 amour_de_ma_vie:80 ame_soeur:65 je_t_aime:65 tinder:55 crush:35 rupture:35 chouchou:50
moitie:10:60
@romance.love 15 45
amour:15 aime:05 calins:35 calin:35

@health.ill 40 75
malade:45 maladie:30 grippe:45 fievre:50 rhume:45 enrhume:55 enrhumee:55 toux:35 mal_de_tete:50 migraine:45
hopital:35 hospitalise:60 hospitalisee:60 urgences:40 medecin:20 docteur:20 dentiste:30 chirurgie:45 operation:05
opere:50 operee:50 diagnostic:05 diagnostique:40 diagnostiquee:50 cancer:40 chimio:60 chimiotherapie:55
therapie:25 therapeute:35 psy:30 anxiete:30 depression:35 crise_d_angoisse:55 insomnie:40 blessure:35 blesse:45
blessee:45 entorse:50 fracture:40 platre:40 kine:35 reeducation:30 convalescence:50 medicaments:35 antibiotiques:45
allergie:30 prise_de_sang:45 bon_retablissement:60 arret_maladie:55 en_arret:35 sante_mentale:15 mal_au_dos:45
douleur:25 fatigue:15 fatiguee:20 epuise:25 epuisee:25 burn_out:20:55 covid:30 grossesse:50
@health.fitness 35 60
salle_de_sport:40 salle:02 muscu:45 musculation:40 entrainement:05 s_entrainer:30 seance:10 course_a_pied:35
footing:45 jogging:40 marathon:25 semi_marathon:45 yoga:35 pilates:40 crossfit:40 regime:30 maigrir:45
calories:30 velo:25 natation:25 nager:25 randonnee:40 rando:45 cardio:40 vegan:20 keto:40 fitness:20 sport:10

@parties.drinks 45 70
biere:45 bieres:45 binouze:55 mousse:05 vin:35 vins:35 pinard:55 vin_rouge:45 vin_blanc:45 verre:05 verres:20
un_verre:30 cocktail:45 cocktails:45 mojito spritz:45 champagne:45 prosecco:45 tequila vodka rhum:35 whisky gin:30
shots:35 ivre:55 bourre:55 pompette:55 cuite:50 ~gueule_de_bois:65 trinquer:45 trinque:40 a_la_votre:45 sante:02
bar:10 bars:15 pub:35 boite_de_nuit:50 happy_hour:40 afterwork:20 degustation:30 degustation_de_vin:55 caviste:30
@parties.party 35 65
fete:30 fetes:25 soiree:30 soirees:30 faire_la_fete:60 anniversaire:35 anniv:55 celebrer:05 feter:20 fete_ca:40
festival:30 concert:30 danser:30 karaoke:45 enterrement_de_vie_de_garcon:65 enterrement_de_vie_de_jeune_fille:65
evjf:65 evg:65 reveillon:45 nouvel_an:25 fete_surprise:60 gateau_d_anniversaire:60 joyeux_anniversaire:60
soiree_entre_amis:55 soiree_entre_filles:60 teuf:55 nouba:55 bringue:55 guinguette:50

@pets.core 45 85
chien chienne chiens chiot chiots chat:30 chatte:05 chats:30 chaton chatons minou:55 toutou:55 animal_de_compagnie:50
animaux_de_compagnie:45 animaux:10 boule_de_poils:65 veterinaire:25 veto:30 lapin:30 perroquet:40 hamster
cheval:20 tortue:30 poisson_rouge:40 croquettes:30 promenade_avec:20 balade_avec_le_chien:65 ouaf:55 miaou:55
adopte:15 pattes:35 ronronne:50

@leisure.travel 35 60
vacances:40 vacs:50 conges:25 conge:20 voyage:20 voyages:15 voyager:15 escapade:45 road_trip:55 plage:40 plages:40
piscine:25 coucher_de_soleil:40 lever_de_soleil:25 montagne:25 randonnee:40 camping:45 ski:35 surf:30 plongee:40
croisiere:40 ile:25 lac:20 spa:40 massage:35 detente:40 se_detendre:40 repos:25 se_reposer:30 farniente:55
jour_de_conge:50 jours_de_conge:50 rtt:20 pont:02 jour_ferie:30 ferie:25 ~lune_de_miel:60 sac_a_dos:20 gite:40
week_end:20 weekend:20 dimanche:10 samedi:10 dimanche_matin:35 grasse_matinee:55 sieste:50 film:15 films:20
serie:05 netflix:40 jeux_video:40 jardin:20 jardinage:40 potager:35 loisir:25 loisirs:25 temps_libre:35 noel:30
paques:25 vacances_d_ete:45 chill:25 cocooning:50 plaid:35 canape:25 vibes:30 detox_digitale:40

@beliefs.religion 50 70
eglise:45 messe:45 prier:50 priere:45 prieres:45 dieu:30 grace_a_dieu:35 beni:30 benie:30 benediction:30
bible:50 pretre:40 cure:05 pasteur:25 mosquee:50 ramadan:40 synagogue:50 religion:35 religieux:35 religieuse:35
jesus:50 christ:40 seigneur:15 amen:60 catholique:40 chretien:40 chretienne:40 musulman:40 juif:35 athee:45
bapteme:50 communion:30 premiere_communion:60 spirituel:25 careme:35 inch_allah:50 inchallah:50
@beliefs.politics 40 65
elections:35 election:20 voter:25 vote:20 j_ai_vote:45 scrutin:30 parti:02 parti_politique:50 gauche:05 droite:05
gauchiste:50 facho:55 politique:05 politicien:30 politiciens:30 gouvernement:10 president:05 assemblee:10
senat:20 depute:25 deputes:30 avortement:55 immigration:20 feminisme:35 communiste:45 fasciste:50 macron:45
le_pen:55 melenchon:55 rn:10 lfi:40 manif:45 manifestation:25 greve:30 grevistes:40 dictature:40

@appearance.looks 40 65
selfie:50 selfies:50 coupe_de_cheveux:55 nouvelle_coupe:55 coiffure:40 coiffeur:35 cheveux:15 maquillage:30
rouge_a_levres:45 ongles:25 manucure:50 pedicure:50 tenue:15 tenue_du_jour:65 look:15 tatouage:40 piercing:40
barbe:35 moustache:35 abdos:40 j_ai_perdu:20 perdu_du_poids:50 kilos:10 beaute:15 belle:05 avant_apres:25
skincare:40 robe:20 talons:35 bikini:55 maillot_de_bain:45 lunettes:10

@lifeEvents.wedding 55 85 of
~mariage:45 mariages:40 se_marier:50 marier:40 marions:60 mariee:50 mariees:50 maries:40 jeunes_maries:80
nous_nous_sommes_maries:85 nous_sommes_maries:85 me_suis_marie:85 fiancailles:70 fiances:55 bague_de_fiancailles:80
demande_en_mariage:80 elle_a_dit_oui:80 il_a_dit_oui:80 a_dit_oui:50 robe_de_mariee:70 demoiselle_d_honneur:65
temoin:05 ~lune_de_miel:60 voeux:05 pacs:60 pacses:65 noces:55
@lifeEvents.baby 55 85 of
enceinte:65 grossesse:55 attendons_un_bebe:85 attend_un_bebe:80 baby_shower:75 gender_reveal:80 conge_maternite:45
conge_paternite:45 conge_parental:30 ~naissance:25 nouveau_ne:55 bienvenue_au_monde:70 accouchement:55
accouche:55 cesarienne:60 echographie:55 premier_enfant:60 deuxieme_enfant:60 fausse_couche:70 faire_part:55
@lifeEvents.loss 55 85 of
funerailles:60 enterrement:45 obseques:60 decede:60 decedee:60 deces:45 ~mort:25 morte:25 nous_a_quittes:70
nous_a_quittee:70 repose_en_paix:65 reposez_en_paix:65 rip:35 deuil:50 condoleances:45 perte:05 disparition:20
veuve:45 veuf:45 hommage_a_mon:60
@lifeEvents.life 45 75 of
~divorce:50 divorcee:50 separation:05 separes:20 demenagement:20 demenage:20 nouvelle_maison:40 notre_maison:45
premier_appartement:50 cremaillere:60 pendre_la_cremaillere:65 remise_de_diplome:25 diplome:05 bapteme:50
retraite:05 bac:05

@neutral 15
famille_de_produits entreprise_familiale entreprises_familiales societe_familiale pme_familiale
gagne_pain c_est_du_gateau la_cerise_sur_le_gateau cerise_sur_le_gateau part_du_gateau le_gateau tierce_partie
tiers:05 plan_sante mutuelle_sante sante_financiere sante_de_l_entreprise sante_du_systeme systeme_de_sante
secteur_de_la_sante date_de_lancement date_limite date_butoir societe_mere maison_mere filiale societe_soeur
mere_de_toutes bapteme_du_feu j_aime_mon_travail j_adore_mon_travail amour_du_travail recette_du_succes
recette_miracle en_cuisine:0 cuisine_interne mettre_les_petits_plats_dans_les_grands chat_en_ligne chatbot
chat_gpt chatgpt live_chat le_chat_avec tchat gateau_a_partager maison_d_edition maison_de_couture
@neutral 25
nous_recrutons on_recrute je_recrute recrute_un recrute_une

@pro 20 head
entreprise entreprises societe societes startup startups industrie secteur secteurs marche marches marque marques
plateforme plateformes appli application applications service services produit produits boutique magasin
chaine franchise fournisseur fournisseurs fabricant distributeur agence cabinet fonds assurance assurances
politique_de programme programmes initiative projet projets client clients systeme systemes solution solutions
outil outils logiciel modele portefeuille conseil groupe filiere groupe_de
@pro 15 pre
equipe entreprise client clients corporate bureau travail affaires lancement conference salon associes
investisseurs societe
@pro 25
recrute recrutons recrutement embauche emploi emplois poste postes offre:05 offre_d_emploi carriere candidats
candidate candidat entretien entretiens talent talents stage stagiaire alternance alternant cdi cdd cv postuler
@pro 15
entreprise societe startup clients client produit lancement lancons lancer strategie ventes marketing marche
chiffre_d_affaires croissance investissement investisseurs levee_de_fonds equipe leadership leader dirigeant
management manager directeur directrice pdg ceo cto projet projets reunion reunions conference colloque salon:05
webinar webinaire atelier intervention evenement:05 secteur industrie donnees technologie logiciel plateforme
developpement ingenierie ingenieur ingenieurs developpeurs innovation transformation_digitale
transformation_numerique numerique partenariat partenariats associe:05 contrat proposition budget trimestre
resultats rapport etude recherche collegues bureau teletravail hybride salaries collaborateurs rh formation
certification professionnel professionnels competences rse conseil agence lien_en_commentaire
fier_d_annoncer fiere_d_annoncer ravi_d_annoncer ravie_d_annoncer heureux_de_partager heureuse_de_partager
nouveau_poste nouveau_defi entrepreneuriat entrepreneur entrepreneurs pme tpe b2b saas kpi roi ia
intelligence_artificielle automatisation analyse indicateurs utilisateurs processus efficacite productivite
apprentissage mentorat reseau reseautage negociation logistique chaine_d_approvisionnement achats audit
conformite reglementation appel_d_offres facture presentation tableau_de_bord

@func.with
avec
@func.congrats
felicitations

@health.ill 45 75
lit_d_hopital:70 a_l_hopital:45 cheville_cassee:65 jambe_cassee:65 bras_casse:65 je_me_suis_casse:60
bequilles:55 remission:60 en_remission:65 vomi:45 infirmieres:15 infirmiere:15 cheville:25 genou:15 avc:45
prompt_retablissement:60 plein_de_courage:35 fievre:50 malade:50
@leisure.life 30 55
enfin_a_la_maison:60 a_la_maison:15 dormi:35 sourire:30 arreter_de_sourire:65 larmes:35 pleure:40 la_mer:25
mer:15 telephone_eteint:55 sauna:45 bronzee:50 bronze:30 bronzer:45 fait_le_pont:55 lunettes_de_soleil:20
padel:40 regarder_le_match:45 le_match:15 episode:25 deguisement:45 deguise:45 deguisee:50 carnaval:40 mdr:20
ptdr:25 haha:20
@family.core 30 85 of
premier_jour_d_ecole:70 rentree_scolaire:45 premiere_dent:70 comme_elle_a_grandi:60 comme_il_a_grandi:60
un_calin:40 trop_mignon:50 trop_mignonne:50 mignon:30 mignonne:30 la_famille_et_moi:65 toute_la_famille:50
devenue_maman:75 devenu_papa:75
@pets.core 45 85
quelle_race:60 c_est_quelle_race:65
@romance.core 35 85
super_soiree:35 diner_a_nouveau:55 se_revoir:40 un_autre_rendez_vous:60 beau_couple:55
@lifeEvents.loss 55 85 of
desole_pour_ta_perte:75 desolee_pour_ta_perte:75 ta_perte:55 votre_perte:50 sinceres_condoleances:75
toutes_mes_condoleances:75 je_pense_fort_a_toi:55
@lifeEvents.life 45 75 of
on_demenage:55 nous_demenageons:55
@lifeEvents.baby 55 85 of
conge_maternite:45 conge_paternite:45 coeur_serre:40
@beliefs.politics 40 65
elections:45 votent:30 voter_pour:45 votent_pour:50 ce_parti:35 =parti:10
@beliefs.religion 50 70
=foi:10 ramadan_moubarak:70 aid_moubarak:70

@neutral 15
conge_deuil pot_de_depart pot_d_adieu diner_d_equipe dejeuner_d_equipe repas_d_equipe sortie_d_equipe
seminaire soiree_d_entreprise fete_de_fin_d_annee_de_l_entreprise amenez_vos_enfants
@pro 20
recherchons cherchons on_cherche nous_cherchons
@pro 0 head
friendly
@pro 20 head
import export negoce distribution commerce campagne campagnes clinique cliniques livraison
mutuelle
@pro 15
production en_prod prod moteur inference latence version deploiement daily stand_up stand
@workplace
au_bureau au_boulot avec_l_equipe avec_mon_equipe avec_toute_l_equipe au_travail avec_les_collegues
@bridge
c_etait_pareil c_est_pareil pareil_avec c_est_exactement_ce exactement_ce_qu m_a_appris j_ai_appris lecon
lecons j_y_pense_a_chaque j_y_pense ca_m_a_appris trois_methodes voici_comment
@pleasantry
j_espere_que_tu_as j_espere_que_vous_avez j_espere_que_tu_vas_bien j_espere_que_vous_allez_bien
espere_que_tu_as
@disclosure
je_ne_partage_pas_souvent cote_perso a_titre_personnel sur_un_plan_personnel personnellement

@pro 12
relire relisais relecture valider validais validation maquette maquettes design decision decisions decider
deleguer delegation controle leads livrer livre livrons code pr deploiement fonctionnalite exigences processus
flux efficacite productivite performance objectifs resultats impact adoption utilisateurs tarification modele
module prototype iteration experimentation analyse prevision negociation comptes fournisseurs conformite
juridique architecture infrastructure migration migres tableaux_de_bord etl backend cloud feuille_de_route
vision mission execution gerer direction licenciements capacite support tickets carrousel ligne_de_code
remuneres remunere salaire avantages salaries pilotes securite contrats signe chiffre facturation comptabilite
@pleasantry
de_toute_l_equipe toute_l_equipe_de je_te_dois_une je_te_dois_un je_t_offre_un nos_bureaux_seront_fermes
@pro 20 head
haute_saison

@health.ill 40 75
dents_de_sagesse:60 dent_de_sagesse:60 mal_de_dents:55 carie:40 asthme:40 diabete:30 tension:05 biopsie:55
vaccin:15 au_lit:35 alite:55 alitee:55 lumbago:50 torticolis:45 bilan_de_sante:25 varicelle:55 otite:55
@leisure.time 25 50
guitare:30 chorale:30 escalade:40 echecs:15 roman:05 theatre:25 comedie_musicale:35 opera:25 poterie:40
peinture:10 bricolage:30 peche:30 velo:20 balade:35 promenade:20 apero:50 pique_nique:45
@food.meals 30 55
tartiflette:50 huitres:45 moules_frites:50 cassoulet:45 blanquette:45 pot_au_feu:45 choucroute:45 eclair:30
croque:35 galette:30 crepe_party:60 fondue_savoyarde:55
@family.core 30 85 of
filleul:45 filleule:45 parrain:20 marraine:25 beau_fils:30 belle_fille:30 ma_puce:65 mon_grand:40 ma_grande:40

@func.pron
suis ai
@time
lundi mardi mercredi jeudi vendredi samedi dimanche ce_soir demain_soir jeudi_soir vendredi_soir samedi_soir
ce_week_end le_week_end ce_weekend
@health.ill 45 75
hopital:40 semaines_a_l_hopital:70 jours_a_l_hopital:70 gueri:45 guerie:50 traitement:15 oncologie:40
@romance.core 35 85
applis_de_rencontre:50 appli_de_rencontre:50 sites_de_rencontre:50
@leisure.travel 35 60
=ete:02 cet_ete:30 l_ete:25 en_ete:20 l_ete_dernier:25 vacances_d_ete:45

@health.ill 45 75
opere:50 operee:55 je_me_fais_operer:65 au_lit:35
@lifeEvents.life 45 75 of
cartons:15:25 les_cartons_sont_faits:65 faire_les_cartons:55 mes_cartons:55 appartement:15:35 demenager:45
la_maison_de_ma_grand_mere:65 maison_de_mon_enfance:70 vider_la_maison:50 nouvel_appartement:45
@leisure.life 30 55
pleurer:40 pleure:40 larmes:35 me_fait_pleurer:60 j_ai_pleure:60
@health.ill 40 75
mon_corps:55 m_a_dit_stop:45 je_n_en_peux_plus:60 j_en_peux_plus:55 epuisement:25 je_suis_epuise:55 je_suis_epuisee:55
sans_dormir:45 insomnie:45 chimio:60 seance_de_chimio:70 mois_de_therapie:60 mon_psy:70 ma_psy:70 psy:30
hernie_discale:60 sans_douleur:35 kine:35 hospitalise:60 hospitalisee:60 a_l_hopital:50 demander_de_l_aide:30
j_ai_demande_de_l_aide:60 menisque:55 bequilles:55 
@beliefs.politics 40 65
municipales:40 campagne_municipale:55 elections_municipales:50 benevole:25 manif:45  militant:35
militante:35 j_ai_vote:65
@romance.core 35 85
ce_rdv:50 ton_rdv:60 premier_rdv:65 raconte_tout:40 raconte_moi_tout:40 rdv:10:45 mon_amour:75
@leisure.time 20 45
hier_soir:20
@leisure.travel 35 60
mode_avion:45 les_pieds_dans_le_sable:65 pieds_dans_le_sable:65 sans_reseau:40 absent_jusqu_au:25 en_vacances:55
@appearance.looks 40 65
nouvelle_coupe:55 nouvelles_lunettes:55 coupe_de_cheveux:50
@workplace
seminaire_d_equipe seminaire_annuel team_building offsite sortie_d_equipe
@pro 20 head
vente ventes
@policy
politique politiques salaries salariees collaborateurs collaboratrices entreprises avantages absenteisme
arrets_maladie sante_au_travail charge_de_travail qvt rh ressources_humaines mesures managers employeur
@health.ill 40 75
fait_un_burn_out:70 fait_un_burnout:70 un_burn_out:35 un_burnout:35 je_suis_en_therapie:65 suivre_une_therapie:50
en_therapie:50 derniere_seance_de_chimio:75 seance_de_chimio:70 la_chimio:55 je_vais_mieux:45 hospitalisee_depuis:65
hospitalise_depuis:65 aux_urgences:50
@lifeEvents.life 45 75 of
emmenage:45 emmenage_dans:55 nous_avons_emmenage:70 cartons_partout:55 des_cartons_partout:55 ou_j_ai_grandi:60
notre_nouvelle_maison:65 notre_premier_appartement:70 mon_premier_appartement:65 boule_dans_la_gorge:50
@leisure.time 25 50
reveillon:45 joyeux_noel:35 les_cadeaux:30 le_sapin:40
@leisure.travel 35 60
les_pieds_dans_l_eau:65 absente_jusqu_au:30 telephone_eteint:45 transat:50
@romance.core 35 85
premier_rendez_vous:60 je_veux_tout_savoir:40 
@appearance.looks 40 65
nouvelle_tete:45 chez_le_coiffeur:55
@health.ill 40 75
chez_le_psy:55 chez_la_psy:55 apres_l_operation:50 operee:55 opere:45
@family.core 30 85 of
chasse_aux_oeufs:55
@appearance.looks 40 65
cheveux_courts:45
@leisure.travel 35 60
sans_ordinateur:40 enfin_en_vacances:60
@health.ill 40 75
arrete_de_fumer:65 j_ai_arrete_de_fumer:70 appareil_dentaire:45 l_accident:30 depuis_l_accident:55
premier_marathon:55 mes_jambes:35 ne_sens_plus_mes_jambes:60
@lifeEvents.life 45 75 of
achete_une_maison:65 acheté_notre_maison:70 son_bac:45 eu_son_bac:60
@leisure.time 25 50
cours_de_danse:40 cours_de_salsa:45
@parties.party 35 65
messages_d_anniversaire:60 vos_messages_d_anniversaire:70
@bridge
c_est_la_meme_chose pareil_pour meme_chose_pour
@workplace
pot_de_depart pot_de_retraite depart_a_la_retraite soiree_d_entreprise
@lifeEvents.baby 55 85 of
sommes_devenus_parents:80 est_ne:40 est_nee:45
@family.core 30 85 of
a_vous_trois:50 petit_bout:45 petit_bout_de_chou:60
@health.ill 40 75
pense_fort_a_toi:55 on_pense_fort_a_toi:60 pense_a_toi:45 courage_pour_l_operation:65 ton_retablissement:60
@leisure.life 30 55
ca_fait_une_eternite:40 
@appearance.looks 40 65
nouveau_tatouage:60 premier_tatouage:60 tatouage:40
@leisure.travel 35 60
escapade:45 petite_escapade:55
@health.ill 40 75
antidepresseurs:50 alzheimer:35 demence:35 perd_la_memoire:50
@lifeEvents.life 45 75 of
rendu_les_cles:55 ou_j_ai_vecu:55 ou_nous_avons_vecu:50 un_chapitre_se_ferme:40
@leisure.travel 35 60
depuis_la_plage:55 depuis_un_transat:60
`,
  // ------------------------------------------------------------------------------------------------
  de: `
@func.poss
mein meine meinen meinem meiner meines unser unsere unseren unserem unserer unseres
@func.pron
ich mich mir wir uns
@func.of
von vom des
@func.for
fur
@func.into
@func.third
sein seine seinen seinem ihr ihre ihren ihrem
@func.neg
nicht kein keine ohne nie

@food.baking 35 60
muffin cupcake croissant brownie kuchen:40 torte:40 kekse:40 keks:35 platzchen:45 gebaeck:35 geback:35
backen:35 gebacken:45 backe:40 backte:45 selbstgebacken:55 selbst_gebacken:55 selbstgemacht:45 hausgemacht:40
bruhstuck:02 brotchen:25 brezel:35 zimtschnecke:50 apfelstrudel:45 kasekuchen:45 sauerteig:40 teig:15 mehl:15
backofen:20 waffel:40 waffeln:40 pfannkuchen:40 crepes:40 donut:40 berliner:05 stollen:40 lebkuchen:40
@food.meals 30 55
fruhstuck:30 fruhstucken:40 brunch:45 mittagessen:15 abendessen:30 abendbrot:40 nachtisch:40 dessert:40 snack:25
pizza burger sushi ramen grillen:40 gegrillt:45 grillabend:55 grillparty:55 bbq:45 pasta:20 nudeln:25 salat:20
suppe:25 brot:10 kase:20 schnitzel:40 currywurst:45 bratwurst:45 wurst:20 doner:40 schokolade:30 eis:05
eisbecher:45 sussigkeiten:40 popcorn:35 rezept:35 rezepte:35 lecker:45 leckere:45 leckeres:45 koestlich:40
kostlich:40 mega_lecker:55 kochen:30 gekocht:40 koche:35 kochte:40 essen:15 gegessen:35 essen_gehen:45
hunger:20 hungrig:25 restaurant:20:20 lieblingsrestaurant:55 lieblingsessen:55 kaffee_und_kuchen:55 raclette:50
fondue:50 mahlzeit:15 foodie:55 schlemmen:50 festessen:45 picknick:45 spaghetti:35 lasagne:40 auflauf:40
@food.coffee 15 35
kaffee:15 latte:30 cappuccino:30 espresso:20 tee:10 kakao:20 kaffeepause:15

@family.core 30 85 of
frau:02:85 mann:02:85 ehefrau:45 ehemann:45 gattin:40 gatte:40 sohn:25 tochter:30 sohne:25 tochter:30 kinder:25
kind:15 kids:30 kiddies:45 ~baby:40 ~babys:40 kleinkind:40 saugling:45 mama:45 papa:45 mami:50 papi:50 mutter:25
mutti:45 vater:20 eltern:15 oma:45 opa:45 grosseltern:45 enkel:45 enkelin:45 enkelkinder:50 bruder:20
schwester:20 geschwister:25 cousin:15 cousine:15 tante:25 onkel:25 neffe:40 nichte:40 schwiegermutter:45
schwiegervater:45 schwiegereltern:45 schwager:35 schwagerin:40 ~familie:25 zwillinge:40 nachwuchs:45 die_kleine:45
der_kleine:40 beste_freundin:45 bester_freund:45 neugeborenes:55 meine_kinder:85 die_kinder:30 sprossling:45
@family.life 35 70
mit_der_familie:55 familienzeit:65 familienausflug:65 familienurlaub:70 familienfest:60 familienfeier:60
muttertag:55 vatertag:45 windeln:50 windel:50 kita:30 kindergarten:30 tagesmutter:40 hausaufgaben:15
elternabend:50 einschulung:60 schultute:60 kinderwagen:45 elternzeit:25:75 mutterschaft:35 vaterschaft:35
trotzphase:55 erste_schritte:50 gute_nacht_geschichte:55 familientreffen:60 sonntagsessen:45

@romance.core 35 85
freundin:15:85 freund:02:50 partnerin:05:60 lebensgefahrtin:60 lebensgefahrte:60 verlobte:55 verlobter:55
schatz:30:80 liebling:40 verliebt:50 date:05:30 erstes_date:65 romantisch:45 romantik:40 kuss:40 kusse:40
valentinstag:55 jahrestag:15:75 hochzeitstag:75 ~flitterwochen:60 meine_liebe:40 liebe_meines_lebens:80
seelenverwandte:65 ich_liebe_dich:65 tinder:55 crush:35 trennung:10 schluss_gemacht:60 beziehung:15 pärchen:50
parchen:50
@romance.love 15 45
liebe:15 lieben:05 umarmung:30

@health.ill 40 75
krank:45 kranke:30 krankheit:30 grippe:45 fieber:50 erkaltung:45 erkaltet:55 husten:35 kopfschmerzen:50 migrane:45
krankenhaus:35 klinik:20 im_krankenhaus:55 notaufnahme:55 arzt:20 arztin:20 zahnarzt:30 operation:05 operiert:50
op:05 diagnose:10 diagnostiziert:50 krebs:40 chemo:60 chemotherapie:55 therapie:25 therapeut:35 therapeutin:35
angststorung:40 angst:05 depression:35 depressionen:35 panikattacke:55 schlaflos:40 verletzung:35 verletzt:40
bandscheibe:45 gebrochen:25 gips:40 reha:35 physiotherapie:35 genesung:40 medikamente:35 tabletten:35
antibiotika:45 allergie:30 heuschnupfen:50 blutabnahme:45 gute_besserung:60 krankgeschrieben:60 krankmeldung:45
psychische_gesundheit:15 burnout:20:55 schmerzen:30 erschopft:25 mude:15 corona:25 covid:30 schwangerschaft:50
@health.fitness 35 60
fitnessstudio:40 gym:35 training:05 trainieren:25 workout:40 laufen:10 joggen:40 lauf:05 marathon:25
halbmarathon:45 yoga:35 pilates:40 crossfit:40 diat:30 abnehmen:45 abgenommen:50 kalorien:30 radfahren:25
fahrrad:15 radtour:40 schwimmen:25 wandern:40 wanderung:40 cardio:40 vegan:20 keto:40 fitness:20 sport:10

@parties.drinks 45 70
bier:45 biere:45 bierchen:55 feierabendbier:55 wein:35 weine:35 weinchen:55 rotwein:45 weisswein:45 sekt:45
champagner:45 prosecco:45 cocktail:45 cocktails:45 aperol:45 spritz:45 mojito schnaps:50 wodka:45
tequila:45 rum:35 whisky:45 gin:30 betrunken:55 besoffen:60 angetrunken:55 ~kater:25 verkatert:65 prost:45
anstossen:40 angestossen:45 kneipe:45 bar:10 bars:15 weinprobe:55 biergarten:55 happy_hour:40 glühwein:50
gluhwein:50 weihnachtsmarkt:45 oktoberfest:50 wiesn:55 mass:05 weinfest:50
@parties.party 35 65
party:35 partys:35 feier:25 feiern:10 gefeiert:15 fete:45 geburtstag:40 geburtstagsfeier:55 geburtstagsparty:60
geburtstagskuchen:60 alles_gute_zum_geburtstag:60 festival:30 konzert:30 tanzen:30 karaoke:45 junggesellenabschied:65
jga:65 polterabend:65 silvester:45 silvesterparty:60 feiern_gehen:55 uberraschungsparty:60 mottoparty:60
sause:55 disco:45 club:05 clubnacht:55 abfeiern:55 fasching:45 karneval:40 weihnachtsfeier:15 sommerfest:15

@pets.core 45 85
hund hunde hundin welpe welpen hundchen katze katzen kater:20 katzchen kitten haustier:40 haustiere:35
fellnase:70 fellnasen:70 vierbeiner:55 tierarzt:25 tierarztin:25 kaninchen:35 hase:20 hasen:20 papagei:40
hamster meerschweinchen:45 pferd:20 pony:30 schildkrote:30 gassi:65 gassigehen:65 gassi_gehen:65 wuff:55
miau:55 pfoten:40 leckerli:40 adoptiert:25 tierheim:40

@leisure.travel 35 60
urlaub:40 urlaubs:35 ferien:30 reise:15 reisen:15 verreist:40 kurzurlaub:50 roadtrip:55 strand:40 meer:20
pool:15 sonnenuntergang:40 sonnenaufgang:25 berge:25 wandern:40 camping:45 zelten:45 skifahren:45 skiurlaub:55
ski:30 surfen:40 tauchen:40 kreuzfahrt:40 insel:25 see:02 spa:40 wellness:35 massage:35 entspannung:40
entspannen:40 erholung:40 auszeit:30 freier_tag:45 frei:02 feiertag:25 feiertage:25 bruckentag:45 brückentag:45
~flitterwochen:60 rucksack:15 ferienwohnung:45 hotel:10 resort:35 wochenende:20 wochenend:20 sonntag:10 samstag:10
sonntagmorgen:35 ausschlafen:55 mittagsschlaf:55 film:15 filme:15 serie:05 netflix:40 videospiele:40 zocken:45
garten:20 gartenarbeit:40 hobby:25 hobbys:25 freizeit:30 weihnachten:30 ostern:25 sommer:10 sommerurlaub:55
chillen:45 gemutlich:35 couch:30 sofa:25 balkon:30 ausflug:35 tagesausflug:45 kino:30

@beliefs.religion 50 70
kirche:45 gottesdienst:50 beten:50 gebet:45 gebete:45 gott:30 gott_sei_dank:35 gesegnet:35 segen:30 glaube:15
bibel:50 pfarrer:40 priester:40 moschee:50 ramadan:40 synagoge:50 religion:35 religios:35 jesus:50 christus:40
amen:60 katholisch:40 evangelisch:35 christ:20 christin:30 muslim:40 muslimin:40 judisch:35 atheist:45
taufe:50 kommunion:40 erstkommunion:60 konfirmation:60 firmung:55 spirituell:25 fastenzeit:35
@beliefs.politics 40 65
wahl:05 wahlen:30 wahlkampf:35 wahlen_gehen:35 gewahlt:25 abstimmung:15 stimmzettel:40 partei:20 parteien:25
links:02 rechts:02 linksextrem:50 rechtsextrem:55 politik:10 politiker:30 regierung:10 kanzler:25
bundestag:25 abtreibung:55 migration:15 fluchtlinge:25 feminismus:35 kommunist:45 faschist:50 afd:60 cdu:45
spd:45 grune:10 grunen:40 fdp:40 linke:20 merz:45 scholz:40 demo:02 demonstration:25 streik:30 diktatur:40

@appearance.looks 40 65
selfie:50 selfies:50 haarschnitt:55 neue_frisur:55 frisur:40 friseur:35 haare:15 make_up:30 schminke:40
geschminkt:45 lippenstift:45 nagel:05 nagellack:45 manikure:50 outfit:35 look:10 tattoo:40 piercing:40 bart:35
schnurrbart:35 sixpack:45 abgenommen:50 kilo:05 kilos:10 schonheit:15 vorher_nachher:25 skincare:40 hautpflege:35
kleid:20 bikini:55 badeanzug:45 brille:10

@lifeEvents.wedding 55 85 of
hochzeit:55 hochzeiten:45 heiraten:50 geheiratet:80 heirate:75 verheiratet:45 ~ehe:20 verlobung:70 verlobt:65
verlobungsring:80 heiratsantrag:80 ja_gesagt:60 braut:55 brautigam:55 brautkleid:70 trauzeuge:60 trauzeugin:65
~flitterwochen:60 standesamt:65 standesamtlich:65 polterabend:65 hochzeitstag:75 eheversprechen:60
@lifeEvents.baby 55 85 of
schwanger:65 schwangerschaft:55 babybauch:75 babyparty:75 gender_reveal:80 mutterschutz:30:75 elternzeit:25:75
~geburt:30 geboren:20 neugeborenes:55 willkommen_auf_der_welt:70 entbindung:55 kaiserschnitt:60 ultraschall:50
erstes_kind:60 zweites_kind:60 fehlgeburt:70 kreisssaal:60 hebamme:45
@lifeEvents.loss 55 85 of
beerdigung:60 trauerfeier:60 begrabnis:60 beisetzung:60 verstorben:60 gestorben:45 starb:40 ~tod:25 ruhe_in_frieden:65
trauer:45 trauern:50 beileid:55 mein_beileid:65 verlust:05 witwe:45 witwer:45 nachruf:45 von_uns_gegangen:65
in_liebevoller_erinnerung:70
@lifeEvents.life 45 75 of
~scheidung:50 geschieden:50 trennung:10 getrennt:15 umzug:15 umgezogen:25 neue_wohnung:40 eigenheim:40
hauskauf:45 einweihungsparty:65 abschlussfeier:30 taufe:50 ruhestand:05 rente:05

@neutral 15
produktfamilie familie_von familienunternehmen familienbetrieb familienbetriebe familiengefuhrt
familiengefuehrt familiengefuhrte familiengefuhrtes kinderleicht kinderspiel kinderkrankheiten babyschritte
das_tuepfelchen_auf_dem_i tupfelchen_auf_dem_i sahnehaubchen ein_stuck_vom_kuchen stuck_vom_kuchen
brot_und_butter drittanbieter dritte_partei gesundheitscheck gesundheitswesen krankenversicherung
gesundheitsmanagement betriebliches_gesundheitsmanagement finanzielle_gesundheit muttergesellschaft
tochtergesellschaft tochterunternehmen schwesterunternehmen schwestergesellschaft mutterkonzern
mutter_aller ich_liebe_meinen_job ich_liebe_meine_arbeit erfolgsrezept rezept_fur_erfolg rezept_fuer_erfolg
termin:05 liefertermin stichtag startdatum launchtermin kaltakquise geburtsstunde geburtsstunde_von
geboren_aus ein_kind_der partei_des_vertrags vertragsparteien messe:10 leitmesse fachmesse messestand
@neutral 25
wir_stellen_ein wir_suchen stellenangebot

@pro 20 head
unternehmen firma firmen betrieb betriebe branche branchen markt markte marke marken plattform plattformen app
apps anwendung dienst dienste service services produkt produkte laden kette franchise lieferant lieferanten
hersteller vertrieb agentur kanzlei fonds versicherung versicherungen politik programm programme initiative
projekt projekte kunde kunden system systeme losung losungen tool tools software modell portfolio beratung
gruppe sektor industrie startup startups geschaft geschafte konzern konzerne handel bereich segment
@pro 15 pre
team firmen unternehmens kunden buro arbeit geschafts business launch konferenz messe partner investoren
@pro 25
wir_stellen_ein stellenangebot stelle stellen job jobs karriere bewerbung bewerbungen bewerber bewerberin
vorstellungsgesprach recruiting talente praktikum praktikant werkstudent ausbildung azubi lebenslauf
@pro 15
unternehmen firma startup kunden kunde produkt launch markteinfuhrung strategie vertrieb marketing markt umsatz
wachstum investition investoren finanzierungsrunde team fuhrung fuhrungskraft fuhrungskrafte management
geschaftsfuhrer geschaftsfuhrerin ceo cto projekt projekte meeting meetings besprechung konferenz messe webinar
workshop vortrag keynote veranstaltung:05 branche industrie daten technologie software plattform entwicklung
engineering ingenieur ingenieure entwickler digitalisierung innovation partnerschaft vertrag angebot:05 budget
quartal ergebnisse bericht studie forschung kollegen kolleginnen buro homeoffice remote hybrid mitarbeiter
mitarbeitende belegschaft hr personal weiterbildung fortbildung zertifizierung beruflich kompetenzen
nachhaltigkeit beratung agentur kundschaft geschaft link_in_den_kommentaren stolz_zu_verkunden
neue_position neue_rolle neuer_job gruender grunder grunderin mittelstand kmu b2b saas kpi ki
kunstliche_intelligenz automatisierung analyse kennzahlen nutzer prozesse effizienz produktivitat lernen
mentoring netzwerk netzwerken verhandlung logistik lieferkette einkauf audit compliance regulierung
ausschreibung rechnung prasentation dashboard

@func.with
mit
@func.congrats
gluckwunsch gratuliere gratulation gluckwunsche

@health.ill 45 75
krankenhausbett:70 knochel:25 beinbruch:60 krucken:55 remission:60 fieber:50 migrane:50 erbrochen:50
ubergeben:45 krankenschwestern:15 schlaganfall:45 herzinfarkt:45 bin_krank:60 gebrochenem:45 gebrochenen:45
@leisure.life 30 55
endlich_wieder_zu_hause:60 endlich_zu_hause:60 zu_hause:15 geschlafen:35 lacheln:30 aufhoren_zu_lacheln:65
tranen:35 geweint:45 meer:20 handy_aus:55 sauna:45 sonnenbrille:20 padel:40 fussballspiel:35 staffelfinale:50
folge:05 kostum:40 verkleidet:50 alaaf:60 helau:60 rosenmontag:55 aschermittwoch:30 haha:20
@family.core 30 85 of
erster_schultag:70 erster_zahn:70 wie_gross:40 gross_geworden:55 druck_sie:45 druck_ihn:45 wie_suss:50
suss:30 so_suss:45 die_ganze_familie:50 mutter_geworden:75 vater_geworden:75
@pets.core 45 85
rasse:35 welche_rasse:65
@romance.core 35 85
freitagabend:25 nochmal_essen:55 wieder_essen_gehen:50 zweites_date:65 noch_ein_date:60
@lifeEvents.loss 55 85 of
herzliches_beileid:75 aufrichtiges_beileid:75 dein_verlust:55 deinen_verlust:55
@lifeEvents.life 45 75 of
wir_ziehen_nach:55 wir_ziehen_um:55
@lifeEvents.wedding 55 85 of
heiratet:60
@beliefs.politics 40 65
wahl:15 wahlen:45 wahlt:30 diese_partei:40 unser_land:25 partei:30

@neutral 15
trauerurlaub sonderurlaub elternzeitregelung kinder_mit_ins_buro abschiedsumtrunk ausstand teamevent
firmenfeier firmenfest betriebsausflug weihnachtsfeier_im_buro
@pro 20
wir_suchen suchen_wir
@pro 20 head
import export grosshandel klinik kliniken kampagne jubilaum firmenjubilaum kampagnen
@pro 15
produktion in_produktion live engine inferenz latenz version daily standup
@workplace
im_buro mit_dem_team mit_meinem_team mit_unserem_team im_office bei_der_arbeit auf_der_arbeit mit_den_kollegen
@bridge
war_es_genauso genau_das genau_das_haben_wir hat_mir_beigebracht habe_ich_gelernt lektion lektionen
daran_denke_ich heute_launchen_wir heute_starten_wir der_plan
@pleasantry
ich_hoffe_du_hattest ich_hoffe_sie_hatten ich_hoffe_ihr_hattet hoffe_du_hattest ich_hoffe_es_geht_dir_gut
@disclosure
und_privat normalerweise_teile_ich ganz_personlich privat_gibt_es

@pro 12
reviewt review freigeben abgesegnet genehmigt design entscheidung entscheidungen entscheiden delegieren kontrolle
leads liefern lieferung code pr deployment funktion anforderungen prozesse ablauf effizienz produktivitat
leistung ziele ergebnisse wirkung skalieren einfuhrung nutzer preise modell modul prototyp iteration experiment
daten analyse prasentation prognose verhandlung konten lieferanten recht architektur infrastruktur migration
migriert dashboards etl backend cloud umsetzung geschaftsfuhrung einstellung kundigungen chancen schulung
pflichtschulung buchhaltung handwerksbetriebe beta kapazitat support tickets bezahlt bezahlte bietet bieten
leistungen gehalt vollzeit teilzeit piloten sicherheit vertrage unterschrieben einkauf einkaufsformulare
@pleasantry
vom_ganzen_team von_allen_bei das_ganze_team_von schulde_dir ein_bier_aus einen_kaffee_aus du_hattest_einen
sie_hatten_einen ihr_hattet_einen unser_buro_ist_geschlossen
@pro 20 head
hochsaison

@health.ill 40 75
weisheitszahne:60 weisheitszahn:60 zahnschmerzen:55 wurzelbehandlung:55 asthma:40 diabetes:30 blutdruck:30
biopsie:55 impfung:15 bettruhe:55 ruckenschmerzen:45 hexenschuss:55 vorsorge:15 windpocken:55
mittelohrentzundung:55 krankenstand:45
@leisure.time 25 50
gitarre:30 klavier:25 chor:30 klettern:40 bouldern:45 schach:20 theater:25 musical:20 oper:25 topfern:45
malen:20 basteln:40 heimwerken:35 angeln:40 fahrradtour:45 spieleabend:55 kneipentour:60 tatort:40
@food.meals 30 55
spatzle:40 kasespatzle:50 knodel:40 sauerkraut:30 spargel:30 weisswurst:50 leberkase:45 brotzeit:50
schwarzwalder_kirschtorte:55 flammkuchen:45 maultaschen:45 pommes:30
@family.core 30 85 of
patenkind:50 patin:35 pate:10 stiefsohn:45 stieftochter:45 meine_jungs:70 meine_madels:70

@func.pron
bin habe hab war
@time
montag dienstag mittwoch donnerstag freitag samstag sonntag heute_abend morgen_abend donnerstagabend
freitagabend samstagabend sonntagabend am_wochenende dieses_wochenende
@health.ill 45 75
krankenhaus:40 wochen_krankenhaus:70 wochen_im_krankenhaus:70 tage_im_krankenhaus:70 geheilt:45 behandlung:15
onkologie:40 krebsfrei:65
@romance.core 35 85
dating_apps:50 dating_app:50

@func.pron
liege lag fuhle
@health.ill 45 75
im_bett:35 mit_grippe:60 grippe:50 krank_im_bett:70 flach_gelegen:55
@health.ill 40 75
nicht_mehr_kann:50 kann_nicht_mehr:50 bandscheibenvorfall:60 bandscheibe:45 schmerzfrei:45 physio:35
monate_therapie:60 meine_therapeutin:75 mein_therapeut:75 therapie:25 mein_korper:55 chemo:60 ausgebrannt:45
ich_bin_erschopft:55 schlaflos:45 hilfe_geholt:50 krankenhaus:40 im_krankenhaus:55 reha:40 
@leisure.travel 35 60
flugmodus:45 fusse_im_sand:65 fuße_im_sand:65 ohne_netz:35 im_urlaub:55
@lifeEvents.life 45 75 of
umzugskartons:60 umzug:30 kisten_gepackt:55 wir_ziehen_um:60 ich_ziehe_um:60 neue_wohnung:45
@romance.core 35 85
wie_war_das_date:70 dein_date:50 erzahl_alles:40 erstes_date:65 ja_gesagt:60 hat_sie_ja_gesagt:80
@beliefs.politics 40 65
ehrenamtlich:25 wahlkampf:35 kommunalwahl:40 demo_gegen:50 
@appearance.looks 40 65
neue_brille:55 neue_frisur:60 frisur:40
@neutral 15
buroumzug firmenumzug standortwechsel
@pro 20 head
rechenzentrum rechenzentrums standort standorts
@workplace
teamevent betriebsausflug klausurtagung teamklausur offsite teamausflug sommerfest_fur
@policy
richtlinie mitarbeitende mitarbeiter mitarbeiterinnen belegschaft krankenstand krankenstande
gesundheitsmanagement betriebliches arbeitgeber fuhrungskrafte unternehmen personalabteilung benefits
@health.ill 40 75
einen_burnout:55 hatte_einen_burnout:70 burnout_gehabt:65 mache_ich_therapie:65 ich_mache_therapie:65
mache_therapie:60 in_therapie:55 letzte_chemo:70 im_krankenhaus_gelegen:70 lag_im_krankenhaus:70 erhole_mich:50
@lifeEvents.life 45 75 of
kisten:10:20 ausgepackt:30 die_letzten_kisten:50 nach_zuhause:35 zuhause:20:30 eingezogen:50 wo_ich_aufgewachsen_bin:60
@leisure.time 25 50
heiligabend:45 bescherung:55 frohe_weihnachten:35 die_geschenke:30 tannenbaum:45
@leisure.travel 35 60
am_strand:45 liege_am_strand:65 liegestuhl:50 hangematte:50
@romance.core 35 85
dein_date:55 
@appearance.looks 40 65
neue_haare:55 beim_friseur:55
@health.ill 40 75
nach_der_op:55 zum_therapeuten:55 zur_therapeutin:55 geht_es_mir_gut:30 geht_es_mir:25
@family.core 30 85 of
die_kleinen:40 ostereier:45 eier_suchen:50
@appearance.looks 40 65
kurze_haare:45
@leisure.travel 35 60
kein_laptop:40 ohne_laptop:40 endlich_urlaub:55 endlich_wieder_urlaub:60 ostsee:40 nordsee:40
@health.ill 40 75
aufgehort_zu_rauchen:65 aufgehoert_zu_rauchen:65 rauchfrei:45 zahnspange:50 der_unfall:35 seit_dem_unfall:55
ersten_marathon:55 erster_marathon:55
@lifeEvents.life 45 75 of
ein_haus_gekauft:70 haus_gekauft:65 wohnung_gekauft:65 aufs_land:35 auf_dem_land:25
@leisure.time 25 50
tanzkurs:45 salsakurs:45
@parties.party 35 65
geburtstagswunsche:65 geburtstagswuensche:65
@policy
leitfaden teilzeit kolleginnen_und_kollegen fuhrungskraft
@bridge
genau_so genauso so_sollten_wir das_gleiche_gilt
@workplace
abschiedsfeier ruhestand verabschieden_wir
@pro 20 head
abo abos abonnement
@lifeEvents.baby 55 85 of
eltern_geworden:80 auf_die_welt_gekommen:70 zur_welt_gekommen:70
@family.core 30 85 of
euch_dreien:55 ihr_drei:45
@health.ill 40 75
wieder_fit:40 bald_wieder_fit:50 viel_kraft:45 toi_toi_toi:40
@leisure.life 30 55
lange_nicht_gesehen:40 ewig_nicht_gesehen:45
@beliefs.religion 50 70
fastenbrechen:55 zuckerfest:55
@leisure.life 30 55
bei_meinen_nachbarn:45 nachbarn:20:35
@appearance.looks 40 65
neues_tattoo:60 erstes_tattoo:60 tattoo:40
@leisure.travel 35 60
kurztrip:50 kurzurlaub:55 heuriger:45 stadtetrip:50
@health.ill 40 75
antidepressiva:50 demenz:35 alzheimer:35
@lifeEvents.life 45 75 of
schlussel_abgegeben:55 gelebt_habe:45 gewohnt_habe:45
@leisure.travel 35 60
vom_strand:50 grusse_vom_strand:65 gruesse_vom_strand:65
`,
  // ------------------------------------------------------------------------------------------------
  // Matched in every language, including ones we do not cover (their verdict is never "personal").
  xx: `
@food.meals 30 55
pizza sushi burger ramen brunch tacos nachos croissant cupcake muffin brownie bbq smoothie latte cappuccino
espresso gelato tiramisu foodie:55 foodporn:60 yummy:55 instafood:60 foodstagram:60 homemade:45
@parties.drinks 45 70
prosecco champagne tequila vodka mojito margarita aperol spritz cocktail cocktails happy_hour:40 ~hangover:60
@parties.party 35 65
party:35 karaoke:45 oktoberfest:50
@leisure.time 20 45
weekend:20 netflix:40 staycation:55 chill:20 vibes:30 ootd:65
@health.fitness 35 60
yoga:35 pilates:40 crossfit:40 gym:35 workout:40 fitness:20 cardio:40 keto:40
@appearance.looks 40 65
selfie:50 selfies:50 ootd:65 skincare:40 glow_up:60
@romance.core 35 85
tinder:55 crush:35 bae:45
@pets.core 45 85
corgi labrador golden_retriever chihuahua dachshund beagle

@leisure.life 30 55
sauna:45 padel:40 afterparty:55

@pro 15 head
startup startups saas app apps software b2b b2c fintech marketplace platform sdk api crm erp
@neutral 15
black_friday cyber_monday prime_day singles_day
@neutral 15
black_week cyber_week
@beliefs.religion 50 70
iftar:50
@leisure.time 25 50
hanukkah:35 chanukka:35 hanoucca:35 januca:35 hanuca:35 diwali:35
`,
};
