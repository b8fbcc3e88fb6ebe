/**
 * Category lexicon: which words name which kind of private life. Used for two things only: as
 * features the trained model weighs (it learns how much each category counts), and to name the
 * category of a word that moved the score. No weights here: training sets them.
 * Terms are folded (lower case, no accents); `_`-free phrases are space-separated; `word*` is a prefix.
 * Derived once from the retired hand-weighted lexicon (terms with weight ≥ 0.2).
 */
/**
 * Hobbies and life at home, read as leisure (a product decision: what people make, grow, fix and run in their
 * own time is private life). Written from general knowledge in the five languages; words that also name a
 * trade or a business topic on LinkedIn ("project", "design", "renovation", "kitchen", "apartment", "run") are
 * left out.
 */
const HOBBIES_AND_HOME = `
homebrew homebrewing homebrewed home_brew home_brewing brew_day carboy hops kegging bottling_day mash_tun
my_first_batch knit knits knitted knitter knitters knitting_needles yarn yarns skein skeins purl purling
stitch_marker cast_on sweater_for amigurumi granny_square crocheted crocheting sewing sewing_machine sewed
quilt quilts quilting embroidery embroidered cross_stitch needlepoint macrame seedlings seedling raised_bed
raised_beds compost composting weeding mulch mulching mow mowing mowed the_lawn my_lawn our_lawn backyard
back_yard front_yard greenhouse houseplant houseplants succulents pruning veggie_patch vegetable_garden
tomato_plants my_plants drywall sanding grout caulk caulking tiling backsplash remodeling_our
bathroom_remodel kitchen_remodel power_drill stud_finder fixer_upper light_fixture ceiling_fan leaky_faucet
the_basement our_basement the_attic repainted repainting sawdust jogged jog morning_run long_run
half_marathon couch_to_5k c25k parkrun running_shoes trail_running my_pace my_run watercolor watercolour
watercolors sketchbook calligraphy scrapbooking beekeeping backyard_chickens fish_tank ukulele jigsaw_puzzle
chores housework laundry vacuuming decluttering declutter spring_cleaning doing_the_dishes the_dishes
my_neighbours my_neighbors our_neighbours our_neighbors my_landlord roommate
tejer tejiendo tejido_a_mano ganchillo punto_de_cruz bordado bordar coser cosiendo costura maquina_de_coser
ovillo ovillos manualidades plantones macetas regar regando cesped cortar_el_cesped abono_casero alicatar
azulejos fontanero grifo taladro estanteria pintar_la_casa cerveza_casera salir_a_correr media_maraton
trotar acuarela acuarelas puzle tareas_de_casa tareas_domesticas lavadora fregar fregando aspiradora
limpiar_la_casa mis_vecinos compi_de_piso
trico tricotar croche bordando costurar maquina_de_costura artesanato vasos_de_planta regar_as_plantas grama
cortar_a_grama azulejo encanador torneira furadeira prateleira pintar_a_casa cerveja_caseira meia_maratona
aquarela quebra_cabeca faxina lavar_a_louca maquina_de_lavar aspirador meus_vizinhos colega_de_quarto
tricot tricoter tricote coudre machine_a_coudre broderie pelote semis tondre tondu pelouse arroser
plantes_vertes carrelage plombier robinet perceuse etagere repeindre biere_maison footing semi_marathon
aquarelle loisirs_creatifs faire_le_menage menage lessive vaisselle aspirateur mes_voisins coloc
stricken strickt gestrickt hakeln gehakelt nahen genaht nahmaschine sticken stickerei hochbeet beet beete
rasen_mahen rasenmaher zimmerpflanzen setzlinge kompost fliesen klempner wasserhahn bohrmaschine tapezieren
selbst_gebraut bier_brauen joggen halbmarathon aquarell hausputz grossputz putzen wasche waschmaschine
staubsaugen spulmaschine meine_nachbarn mitbewohner mitbewohnerin
`;

export const CATEGORY_TERMS: Record<string, string> = {
  food: `
abendbrot abendessen acai almocamos almocar almoco almorzamos almorzar almuerzo antojo aperitif
aperitif_dinatoire aperitivo apero apfelstrudel arepa arepas asado assamos assando assar assei ate auflauf
avocado_toast bacalhau bacalhoada backe backen backofen backte bacon bagel baguette bake bake_sale baked
baking banana_bread banquete barbacoa barbecue barbeque barbeuc bbq biscoito biscoitos biscuit biscuits
bizcocho blanquette boeuf_bourguignon bolacha bolachas bolinho bolinhos bollo bollos bolo bolo_de_cenoura
bolo_de_chocolate bolos bon_appetit bonbons boteco bratwurst breakfast brezel brigadeiro brigadeiros brioche
brotchen brotzeit brownie brunch buche burger burrito cafe_da_manha cafecito cafelito cafezinho caffeine cake
candy cappuccino capuccino capuchino caseira caseiro caseiros casera caseras casero caseros cassoulet cena
cenamos cenar cene ceviche charcuterie cheat_day cheese cheese_board cheeseboard cheeseburger cheesecake
chef_kiss chimarrao chocolat chocolat_chaud chocolate chocolate_caliente chocolate_con_churros
chocolate_quente chocolatina chocolatine choripan choucroute chuches churrasco churrasquinho churro churros
churros_con_chocolate cinnamon_roll cocido cocinado cocinamos cocinando cocinar cocine cocinita cocino
coffee_break comemos comendo comer comfort_food comi comidinha comidita comiendo comilanca comilona comimos
confeitaria cook cooked cooked_dinner cookie cookies cooking cooks cortado couscous coxinha cozinh* cozinhar
cozinhei crepe crepe_party crepes croissant croissants croque croque_monsieur croquetas cruasan
cuisine_maison cuisiner cuisson cupcake cuppa curry currywurst cuscuz delicia delicieuse delicieux deliciosa
delicioso delicious delivery_food desayunamos desayunar desayuno dessert desserts dine diner dining dinner
dinner_party dona donas doner donut dough doughnut dumpling eat eaten eating eats eclair eggs eisbecher
empanada empanadas ensalada espresso essen_gehen fabada fait_maison faits_maison falafel farine farinha
farmers_market feast feijoada feito_em_casa festessen festin fish_and_chips fiz_um_bolo flammkuchen flour
fome fondue fondue_savoyarde food food_coma foodie foodporn foodstagram fornada francesinha fried_chicken
fries from_scratch fromage fromages frosting fruhstuck fruhstucken full_english galette galette_des_rois
galleta galletas gateau gateaux gaufre gaufres gazpacho geback gebacken gebaeck gegessen gegrillt gekocht
gelado gelato glaces golosinas gostosa gostoso gourmand gourmandise gouter grill grillabend grillen grilling
grillparty groceries grocery hambre hamburger hamburguer hamburguesa hamburguesas harina hausgemacht
hecho_en_casa hechos_en_casa helado home_cooked home_made homemade horne* horneado hornear hot_dog huitres
hunger hungrig hungry ice_cream iced_coffee icing instafood j_ai_cuisine j_ai_fait_un_gateau jamon jantamos
jantar jantei kaffee_und_kuchen kakao kase kasekuchen kasespatzle kebab keks kekse kitchen knodel koche
kochen kochte koestlich kostlich kuchen lanche lanchinho larica lasagna lasagne latte leberkase lebkuchen
lecker leckere leckeres leftovers lieblingsessen lieblingsrestaurant lunch macaron macarons macarrao
madeleine madeleines magdalena magdalenas mangeons manger manjar mariscada marisco marmita massa_caseira mate
maultaschen meal mega_lecker merendar merienda miam moqueca morning_coffee moules_frites muffin nachos
nachtisch noodle nudeln omelet omelette paella pain_au_chocolat palomitas pamonha pancake pancake_day
pancakes panecillo pao_de_queijo parrillada pasta pasteis_de_nata pastel pastel_de_feira pastel_de_nata
pasteles pastries pastry pates patisser patisserie patisseries pequeno_almoco petisco petiscos petit_cafe
petit_dej petit_dejeuner petit_resto pfannkuchen picknick picnic picnic_basket picoteo pie pipoca pique_nique
pizza pizza_night platzchen poke_bowl pommes pop_corn popcorn postre postres pot_au_feu potluck pozole pulpo
que_delicia quentao queso quiche raclette ramen ratatouille receita receitas receta recetas recette recettes
recipe regale repas reposteria restaurant restaurante restaurantes resto restos rezept rezepte riquisima
riquisimo risotto roast roast_dinner rodizio rosca rosquilla saboroso sabrosa sabroso salad salada salade
salat salgadinhos salmorejo sanduiche sandwich sauerkraut sauerteig savoureux schlemmen schnitzel schokolade
schwarzwalder_kirschtorte scone selbst_gebacken selbstgebacken selbstgemacht smoothie snack sobremesa
sobremesas sopa sorvete soup soupe souper sourdough spaghetti spargel spatzle sprinkles starving steak
stollen sugar_rush sunday_roast suppe supper sushi sussigkeiten sweet_tooth taco taco_tuesday tacos tajine
take_out takeout tamales tapas tapeo tapioca tart tarta tarta_de_queso tartas tarte tartes tartiflette tasty
tiramisu torta tortas torte tortilla tortilla_de_patatas tostada treats trop_bon un_regal vermucito vermut
viennoiseries waffel waffeln waffle weisswurst wurst yum yummy zimtschnecke
`,
  family: `
a_familia_e_eu a_los_tres a_vous_trois abraco abrazo abuela abuelita abuelo abuelos adorable afilhada
afilhado ahijada ahijado all_three_of_you almoco_de_domingo almoco_em_familia aos_tres aunt auntie avo avos
babies baby baby_boy baby_girl babys beau_fils beau_frere beau_pere bebe bebes became_a_dad became_a_father
became_a_mom became_a_mother became_parents bedtime bedtime_story belle_fille belle_mere belle_soeur
berrinche best_friend beste_freundin bester_freund bestie birra bonus_dad bonus_mom brother brother_in_law
bruder busqueda_de_huevos caca_aos_ovos cacula caprice chasse_aux_oeufs child children chiquitin chiquitina
cole comida_familiar comme_elle_a_grandi comme_il_a_grandi como_ela_cresceu como_ele_cresceu como_ha_crecido
couches cousin creche criancas crianza crio crios cuentos cunada cunado cunhada cunhado cute cutie
da_um_abraco dad dad_life daddy dale_un_abrazo daughter daycare der_kleine devenu_papa devenue_maman
dia_das_maes dia_de_la_madre dia_del_padre dia_dos_pais diaper diapers die_ganze_familie die_kinder
die_kleine die_kleinen dimanche_en_famille domingo_en_familia drop_off dropped_her_off dropped_him_off
druck_ihn druck_sie easter_egg_hunt egg_hunt ehefrau ehemann eier_suchen einschulung elternabend elternzeit
em_familia en_familia en_famille enfants enkel enkelin enkelkinder enteada enteado epouse epoux
erste_schritte erster_schultag erster_zahn escolinha esposa esposo euch_dreien fam familia familiares familie
familienausflug familienfeier familienfest familientreffen familienurlaub familienzeit famille family
family_and_i family_day family_dinner family_holiday family_reunion family_time family_trip family_vacation
father father_in_law father_s_day fatherhood fathers_day ferias_em_familia fete_des_meres fete_des_peres
filha filhas filho filhos filleul filleule fils first_day_of_school first_steps first_tooth first_word
firstborn fofa fofo fofura fralda fraldas frere freres fui_madre fui_padre gamin gamins gatte gattin gemelos
gemeos geschwister give_her_a_hug give_him_a_hug godchild goddaughter godmother godson grand_mere grand_pere
grandchildren granddaughter grandfather grandkids grandma grandmother grandpa grandparents grandparents_day
grands_parents grandson granny gross_geworden grosseltern grown_so_much guarderia gute_nacht_geschichte
hermana hermano hermanos hija hijas hijastra hijastro hijo hijos how_big hubby hug husband ihr_drei in_laws
infant irma irmao irmaos jumeaux jumelles kid kiddies kiddo kiddos kids kids_bedroom kids_room kinder
kindergarten kinderwagen kita kleinkind la_familia_y_yo la_famille_et_moi licao_de_casa little_one
little_ones los_crios los_peques lost_her_first_tooth lost_his_first_tooth loulou loulous lullaby ma_grande
ma_puce madre mae mama mamae maman mami mamie mari marido marraine maternar maternidad maternidade maternite
me_converti_en_madre me_tornei_mae me_tornei_pai meilleur_ami meilleure_amie meine_jungs meine_kinder
meine_madels mejor_amiga mejor_amigo melhor_amiga melhor_amigo mellizos mere mes_enfants meu_pequeno
meus_filhos mi_nina mi_nino mignon mignonne minha_pequena mis_hijos mis_ninos mis_peques mit_der_familie
molecada mom mom_life mommy mon_grand monisimo mother mother_in_law mother_s_day motherhood mothers_day mum
mummy mutter mutter_geworden mutterschaft muttertag mutti my_boys my_eldest my_girls my_mom my_mum my_oldest
my_youngest nachwuchs nappies nappy neffe nenem nephew neta neto netos neugeborenes neveu new_dad new_mom
new_mum newborn nichte niece nieta nieto nietos ninas ninos nounou nouveau_ne off_to_college
off_to_university officially_a_dad officially_a_mom officially_a_mum officially_parents oma oncle onkel opa
os_miudos ostereier our_eldest our_little_one our_youngest ovos_de_pascoa padre padres pai panales papa papai
papi papy parentalite parenting parents parrain patenkind paternidad paternidade paternite patin peque peques
pere petit_bout petit_bout_de_chou petit_dernier petit_fils petite_derniere petite_fille petits_enfants
playdate potty_training pram preciosa precioso premier_jour_d_ecole premiere_dent premiers_pas primeiro_dente
primeiro_dia_de_aula primeiro_dia_de_escola primeiros_passos primer_dia_de_cole primer_dia_de_colegio
primer_diente primeros_pasos primogenito progeniture que_cosa_mas_bonita que_fofura que_grande_esta que_mona
que_mono recem_nascida recem_nascido recien_nacida recien_nacido rentree_scolaire repas_de_famille
reuniao_de_familia reunion_de_famille reunion_familiar saugling school_play school_run school_runs schultute
schwager schwagerin schwester schwiegereltern schwiegermutter schwiegervater siblings sis sister
sister_in_law sleepless_nights so_big so_cute so_suss sobrina sobrinha sobrinho sobrino soccer_practice soeur
soeurs sogra sogro sohn sohne son sonntagsessen sortie_d_ecole spouse sprossling stepdad stepdaughter
stepkids stepmom stepson stiefsohn stieftochter stroller suegra suegro suegros sunday_lunch suss tagesmutter
tante tantrum teen teenager tempo_em_familia temps_en_famille the_family_and_i the_kids the_little_one
the_nursery the_nurses the_three_of_you the_whole_family tia tiempo_en_familia tio tochter toda_a_familia
toda_la_familia toddler tooth_fairy toute_la_famille triplets trop_mignon trop_mignonne trotzphase twins
um_abraco_nela um_abraco_nele un_abrazo un_calin uncle vacaciones_en_familia vacances_en_famille vater
vater_geworden vaterschaft vatertag virei_mae virei_pai voces_tres vovo week_end_en_famille wie_gross
wie_suss wife wifey windel windeln zwillinge
`,
  romance: `
a_ring abracos abrazos adorei_a_noite alma_gemea ame_soeur amor_da_minha_vida amor_de_mi_vida amour_de_ma_vie
amoureuse amoureux aniversario_de_casamento aniversario_de_namoro anniversaire_de_mariage
anniversaire_de_rencontre apaixonada apaixonado app_de_citas app_de_namoro appli_de_rencontre
applis_de_rencontre apps_de_citas apps_de_namoro babe back_on_the_apps bae beau_couple beijinhos beijo beijos
beso besos better_half bf bisou bisous boyfriend breakup broke_up bumble calin calins cari carino
casal_perfeito ce_rdv cenar_otra_vez cheri cherie chouchou como_foi_o_date como_foi_o_encontro conta_tudo
copine crush cuddle cuddles cuentame_todo cuentamelo_todo darling date_night dating dating_again dating_app
dating_apps dating_life dein_date dia_dos_namorados diner_a_nouveau dinner_again el_chico_de_tinder enamorada
enamorado enamorados erstes_date erzahl_alles fell_in_love fiance fiancee first_date flitterwochen
freitagabend from_the_dating_app get_dinner gf girl_from_tinder girlfriend guy_from_tinder hacen_buena_pareja
happy_anniversary happy_couple hat_sie_ja_gesagt heartbroken hochzeitstag how_did_the_date_go
how_was_the_date hugs i_love_you i_m_asking i_proposed ich_liebe_dich in_love ja_gesagt jantar_de_novo
je_t_aime je_veux_tout_savoir kiss kissed kisses kuss kusse la_chica_de_tinder la_cita_de_anoche
lebensgefahrte lebensgefahrtin liebe_meines_lebens liebling lindo_casal lo_pase_muy_bien love_of_my_life
love_you lovebirds loved_ones lua_de_mel luna_de_miel lune_de_miel made_for_each_other media_naranja
meine_liebe met_the_love meu_amor mi_amor miss_you mon_amour moved_in_together moving_in_together mozao
mozinho my_love my_other_half my_partner_and_i namorada namorado namorados namoro nice_time_on noch_ein_date
nochmal_essen noiva noivo noivos novia novio nuestro_aniversario o_cara_do_app o_crush o_date otra_cita
our_anniversary outro_encontro parchen pareja_perfecta perfect_together petit_ami petite_amie
pop_the_question popping_the_question premier_rdv premier_rendez_vous primeiro_encontro primera_cita
prometida prometido proposed_to que_tal_anoche que_tal_la_cita quero_saber_de_tudo quero_saber_tudo
raconte_moi_tout raconte_tout really_nice_time romance romantic romantica romantico romantik romantique
romantisch ruptura rupture saint_valentin san_valentin schatz schluss_gemacht se_revoir second_date
seelenverwandte segunda_cita segundo_encontro single_again sites_de_rencontre soulmate spill_the_tea
super_soiree sweetheart swipe_right te_amo te_quiero tell_me_everything terminamos the_date_last_night
the_girl_from_the_app the_guy_from_the_app tinder ton_rdv tu_cita umarmung un_autre_rendez_vous valentine
valentine_s_day valentines valentinstag verliebt verlobte verlobter wedding_anniversary wie_war_das_date
wieder_essen_gehen with_my_partner xodo xoxo your_date zweites_date
`,
  health: `
10k 5k a_e a_l_hopital a_la_psicologa a_psicologa a_quimio a_scare abgenommen abnehmen academia ache aching
adelgazar admitted_to_hospital afastada afastado after_my_op after_the_op agotada agotado al_psicologo
alergia alite alitee all_clear allergic_reaction allergie allergies allergy alta_hospitalar alta_medica
alzheimer alzheimer_s alzheimers ambulance analisis_de_sangre angststorung animo_con_la_operacion ankle
anos_de_terapia ansiedad ansiedade antibiotico antibioticos antibiotics antibiotika antibiotiques
antidepresivos antidepressants antidepresseurs antidepressiva antidepressivos anxiete anxiety ao_psicologo
aparelho_nos_dentes appareil_dentaire appendicitis appendix aprendendo_a_me_ouvir apres_l_operation
arret_maladie arrete_de_fumer arzt arztin asked_for_help asma asthma asthme ataque_de_panico atestado au_lit
aufgehoert_zu_rauchen aufgehort_zu_rauchen ausgebrannt aux_urgences avc back_in_therapy back_pain baja_medica
bald_wieder_fit bandscheibe bandscheibenvorfall bed_rest bedrest bedridden beinbruch bequilles bettruhe bici
bike bike_accident bike_ride bilan_de_sante bin_krank biopsia biopsie biopsy blesse blessee blessure
blood_pressure blood_test blutabnahme blutdruck boa_recuperacao bon_retablissement braces braces_off
braco_quebrado bras_casse brazo_roto broke_my broke_my_ankle broke_my_arm broke_my_leg broken_ankle
broken_arm broken_foot broken_leg broken_wrist burn_out burned_out burnout burnout_gehabt burnt_out calorias
calories cama_de_hospital caminata caminhada can_t_feel_my_legs can_t_sleep cancer cancer_free cancro
car_accident cardio cardiology_ward carie catapora catarro check_up checkup chemo chemo_done chemotherapie
chemotherapy chequeo cheville cheville_cassee chez_la_psy chez_le_psy chickenpox chimio chimiotherapie
chirurgie chronic_pain ciclismo cirugia cirurgia comecei_a_fazer_terapia comecei_terapia concussion
constipada constipado convalecencia convalescence corona corrida corriendo cough coughing couldn_t_sleep
courage_pour_l_operation course_a_pied covid covid_positive covid19 cramps crise_d_angoisse crise_de_panico
crossfit crutches curada curado cured cycling cycling_accident da_quimio day_30_sober days_in_hospital
days_sober de_baja de_cama de_la_quimio deadlift deje_de_fumar demander_de_l_aide demence demencia dementia
demenz dent_de_sagesse dental_surgery dente_do_siso dentist dentista dentiste dents_de_sagesse
depois_da_cirurgia depresion depressao depression depressionen depuis_l_accident der_unfall
derniere_seance_de_chimio desde_el_accidente desde_o_acidente despues_de_la_operacion diabete diabetes
diagnosed diagnosis diagnosticada diagnosticado diagnostique diagnostiquee diagnostiziert dias_en_el_hospital
dias_no_hospital diat diet dieta dieting discharged_from disease docteur doctor doenca doente dolor
dolor_de_cabeza dolor_de_espalda dolor_de_muelas dor dor_de_cabeca dor_de_dente dor_nas_costas douleur
ear_infection earache einen_burnout el_accidente emagrecer emagreci embarazo emergency_room
empece_a_ir_a_terapia empece_terapia en_arret en_el_hospital en_la_cama en_remission en_therapie endodoncia
enferma enfermedad enfermo enrhume enrhumee entorse entrenar entreno enxaqueca epuise epuisee epuisement
erbrochen erhole_mich erkaltet erkaltung erschopft ersten_marathon erster_marathon escayola esguince
estas_curada estas_curado estou_doente estou_esgotada estou_esgotado estoy_agotada estoy_agotado estoy_mala
estoy_malo estoy_quemada estoy_quemado exame_de_sangue exausta exausto exercise exhausted faco_terapia
fait_un_burn_out fait_un_burnout fatiguee fazer_terapia febre feeling_sick fertility fever fieber fiebre
fievre finally_asked_for_help fiquei_internada fiquei_internado first_marathon fisioterapia fitness
fitnessstudio flach_gelegen flu flu_shot foco_na_dieta food_poisoning footing for_observation forca_amiga
fractura fracture fratura from_my_hospital fui_operada fui_operado gebrochen gebrochenem gebrochenen geheilt
geht_es_mir geht_es_mir_gut genesung gesso get_well get_well_soon gimnasio ginasio gips going_to_therapy
going_under_the_knife good_luck_with_the_op good_luck_with_the_surgery gravidez grief_counselling gripada
gripado gripe grippe grossesse gueri guerie gute_besserung gym had_a_burnout had_burnout hago_terapia
halbmarathon half_marathon hangry hatte_einen_burnout haven_t_had_a_drink having_surgery hay_fever
he_decidido_parar he_dejado_de_fumar he_pedido_ayuda headache heal healing health_scare heart_attack
her_memory hernia_de_disco hernia_discal herniated_disc hernie_discale herzinfarkt heuschnupfen hexenschuss
hike hilfe_geholt his_memory home_sick hopital hospital hospital_bed hospitalise hospitalise_depuis
hospitalised hospitalisee hospitalisee_depuis hospitalizada hospitalizado hospitalized husten i_burned_out
i_burnt_out i_can_run_again i_can_t_anymore i_m_sober ich_bin_erschopft ich_mache_therapie ictus icu ill
illness im_bett im_krankenhaus im_krankenhaus_gelegen in_a_cast in_a_e in_bed in_bed_with in_hospital
in_the_er in_the_hospital in_therapie in_therapy infarto ingresada ingresado ingresaron injured injury
insomnia insomnie insomnio insonia internada internado ioga ir_al_psicologo ironman ivf j_ai_arrete_de_fumer
j_ai_demande_de_l_aide j_en_peux_plus jambe_cassee je_me_fais_operer je_me_suis_casse je_n_en_peux_plus
je_suis_en_therapie je_suis_epuise je_suis_epuisee je_vais_mieux jog joggen jogging jours_a_l_hopital
kalorien kann_nicht_mehr kept_me_in kept_me_in_overnight keto kine klinik knee_surgery knochel kopfschmerzen
krank krank_im_bett kranke krankenhaus krankenhausbett krankenstand krankgeschrieben krankheit krankmeldung
krebs krebsfrei krucken l_accident la_chimio la_quimio lag_im_krankenhaus laid_up last_chemo
last_round_of_chemo leg_day lesao lesion lesionada lesionado letzte_chemo libre_de_cancer licenca_medica
lifting lit_d_hopital livre_do_cancer lost_weight lumbago m_a_dit_stop ma_psy mache_ich_therapie
mache_therapie machucado machuquei maigrir mal_au_dos mal_de_dents mal_de_tete malade maladie marathon
maraton maratona me_diagnosticaron me_encuentro_mal me_han_ingresado me_operan me_operaron me_opero me_ouvir
me_recuperando me_rompi me_van_a_operar medecin media_maraton medica medical_leave medicamentos medicaments
medication medico medikamente meds meia_maratona mein_korper mein_therapeut meine_therapeutin mejorate
melhoras menisque mental_health_day mes_jambes meses_de_terapia meu_corpo meu_psicologo meu_terapeuta
mi_cuerpo mi_psicologa mi_psicologo mi_terapeuta migraine migraines migrana migrane minha_psicologa
minha_terapeuta mit_grippe mittelohrentzundung mois_de_therapie mon_corps mon_psy monate_therapie
months_of_therapy mri muela_del_juicio muelas_del_juicio muletas muscu musculacao musculation my_accident
my_body my_body_told_me my_diagnosis my_drinking my_first_marathon my_legs my_scan my_surgery my_therapist
my_treatment nach_der_op nadar nager nao_aguento_mais natacao natacion natation nausea
ne_sens_plus_mes_jambes nicht_mehr_kann no_hospital no_puedo_mas notaufnahme o_acidente off_sick
on_antidepressants on_pense_fort_a_toi on_the_ward oncologia oncologie oncology one_handed onkologie operada
operado operarme operaron opere operee operiert ortodoncia otite otitis out_sick pain pain_free panic_attack
panic_attacks panikattacke parei_de_fumar passando_mal pastillas pedi_ajuda pedi_ayuda pedir_ajuda
pedir_ayuda pense_a_toi pense_fort_a_toi perd_la_memoire perna_quebrada personal_best pesas physical_therapy
physio physio_session physiotherapie physiotherapy pierna_rota pilates pills platre plein_de_courage
positivo_en_covid pregnancy_test premier_marathon pressao_alta primeira_maratona primer_maraton prise_de_sang
prompt_retablissement pronta_recuperacion pronto_socorro protein_shake psicologa psicologo psy que_te_mejores
quebrei quimio quimioterapia quirofano quit_smoking radfahren radtour rando randonnee rauchfrei recebi_alta
recovering recuperandome reeducation regime reha rehab rehabilitacion relapse remedio remedios remision
remissao remission reposo repouso resfriada resfriado resonancia rhume ring_the_bell root_canal
round_of_chemo rounds_of_chemo ruckenschmerzen run_again running_on_empty s_entrainer salle_de_sport
sans_dormir sans_douleur schlaflos schlaganfall schmerzen schmerzfrei schwangerschaft schwimmen
seance_de_chimio second_round_of_chemo seit_dem_unfall self_care selfcare sem_dor sem_dormir sem_sentir_culpa
semaines_a_l_hopital semanas_en_el_hospital semanas_no_hospital semi_marathon senderismo sentadillas
sesion_de_quimio sessao_de_quimio sick sick_day sick_leave sin_desconectar sin_dolor sin_dormir
since_the_accident siso sleepless slipped_disc smoke_free sober_for sobriety sore sore_back sore_throat
speedy_recovery spin_class spinning sprain sprained sprained_ankle squats started_therapy stitches
stomach_bug stopped_smoking sua_recuperacao suivre_une_therapie surgery sweat sweaty swim swimming tabletten
tage_im_krankenhaus tension_alta terapeuta terapia tested_positive the_accident the_cast_comes_off the_er
the_ward therapeut therapeute therapeutin therapie therapist therapy therapy_session threw_up throwing_up
tirei_o_siso tive_burnout tive_um_burnout tobillo tobillo_roto toi_toi_toi ton_retablissement toothache
torcendo_por_voce torcicolo tornozelo tornozelo_quebrado torticolis tos tosse toux trainieren
tratamento_de_canal treinando treinar treino triathlon trilha tu_recuperacion tua_recuperacao tumor
tuve_burnout tuve_un_burnout ubergeben um_burnout un_burn_out un_burnout under_the_weather unwell urgences
urgencias urgencias_con vaccinated varicela varicelle vegan vegano velo verletzt verletzung viel_kraft vomi
vomitando vomitar vomiting vomitou vou_operar voy_a_terapia walk_again wandern wanderung was_admitted
weeks_in_hospital weeks_of_therapy weight_loss weisheitszahn weisheitszahne wheelchair whey wieder_fit
windpocken wisdom_teeth wisdom_tooth without_a_drink without_sleep wochen_im_krankenhaus wochen_krankenhaus
work_out working_out workout wurzelbehandlung x_ray ya_no_puedo_mas years_of_therapy yeso yoga your_recovery
zahnarzt zahnschmerzen zahnspange zum_therapeuten zur_therapeutin
`,
  parties: `
a_la_votre abfeiern afterwork alles_gute_zum_geburtstag angestossen angetrunken aniversario anniv
anniversaire ano_novo anstossen antro aperol arraia bachelor_party bachelorette bailando bailar balada
baladinha barzinho bbq_party bday bebada bebado bebum beer beer_garden beers besoffen betrunken bier bierchen
biere bieres biergarten binouze birra birras birthday birthday_cake birthday_party birthday_wishes bloco
boate boite_de_nuit bolo_de_aniversario booze borracha borracho botellon bottomless_brunch bourbon bourre
boys_night breja brewery brindamos brindar brinde brindis bringue bubbly buzzed cachaca caipirinha
caipirinhas cana canas carnaval carrete cava caviste cerveceria cervecita cervecitas cerveja cervejas
cervejinha cerveza cervezas cha_de_bebe cha_de_panela cha_revelacao champagne champagner champan champanhe
cheers chope chopp chupito chupitos churras cider clubbing clubnacht cocktail cocktails coctel cocteles
coctelitos concert concierto copas coquetel craft_beer cruda cuite cumple cumpleanos dancando dancar
dance_floor dancing danser de_copas de_fiesta degustation degustation_de_vin despedida_de_solteira
despedida_de_solteiro despedida_de_soltera despedida_de_soltero disco discoteca drank drink drinking drinks
drinque drunk el_cumple_de enterrement_de_vie_de_garcon enterrement_de_vie_de_jeune_fille espumante evg evjf
faire_la_fete farra fasching feier feierabendbier feiern_gehen felicitaciones_por_mi_cumple feliz_aniversario
feliz_cumple feliz_cumpleanos festa festa_junina festa_surpresa festas festejar festejo festinha festival
fete fete_ca fete_surprise feter fetes fiesta fiesta_sorpresa fiestas fiestita fieston fin_de_ano
for_the_birthday_wishes friday_night game_night garden_party gateau_d_anniversaire geburtstag
geburtstagsfeier geburtstagskuchen geburtstagsparty geburtstagswuensche geburtstagswunsche gin girls_night
gluhwein gracias_por_las_felicitaciones gueule_de_bois guinguette hangover happy_hour hen_do hen_party
house_party hungover ipa ivre jga joyeux_anniversaire juerga junggesellenabschied karaoke karneval kater
kneipe konzert margarita martini messages_d_anniversaire mi_cumple mimosa mimosas mojito mottoparty negroni
new_year_s_eve night_out nightcap nightclub nightlife niver noche_de_chicas noche_de_chicos noche_de_fiesta
nochevieja noite_das_meninas nouba nouvel_an nye obrigada_pelos_parabens obrigado_pelos_parabens oktoberfest
open_bar parabens_pra_voce parranda parties party party_animal party_time partying partys pinard pint pints
polterabend pompette pool_party porre prosecco prost pub quedada rave red_wine resaca resenha ressaca
reveillon rhum rolezinho ron rose_wine rotwein rum rumba salir_de_copas sangria saturday_night sause schnaps
sekt sextou shot shots silvester silvesterparty sleepover soiree soiree_entre_amis soiree_entre_filles
soirees soju spritz stag_do surprise_party tacas tanzen tarta_de_cumpleanos tequila teuf tinto_de_verano
tipsy tomando_algo tomar_algo trinque trinquer tu_cumple turned_30 turned_40 turned_50 turning_30 turning_40
uberraschungsparty un_verre unas_cervezas unas_copas verkatert verres vin vin_blanc vin_rouge vinho vinhos
vinhozinho vinito vino vinos vinoteca vins vodka vos_messages_d_anniversaire wasted weihnachtsmarkt wein
weinchen weine weinfest weinprobe weisswein whiskey whisky white_wine wiesn wine wine_tasting winery wodka
`,
  pets: `
adoptamos adopte adopted_a adoptiert adotamos adotei animal_de_compagnie animal_de_estimacao
animaux_de_compagnie au_au balade_avec_le_chien beagle bichinho bichinhos bicho_de_estimacao border_collie
boule_de_poils breed bulldog bunny c_est_quelle_race caballo cachorra cachorrinha cachorrinho cachorrito
cachorro cachorros cadela caes cao cat cat_dad cat_mom catnip cavalo chat chaton chatons chats cheval chien
chienne chiens chihuahua chiot chiots coelho conejo corgi croquettes dachshund de_que_raza dog dog_dad
dog_mom dog_park dog_walk doggo doggy fellnase fellnasen filhote filhotes focinho frenchie fur_baby furbaby
gassi gassi_gehen gassigehen gata gatinha gatinho gatinhos gatita gatito gatitos gato gatos german_shepherd
golden_retriever goldfish good_boy good_girl greyhound guau guinea_pig hamster hase hasen haustier haustiere
horse hund hundchen hunde hundin kaninchen kater katzchen katze katzen kennel kitten kitties kitty labrador
lapin leash leckerli litter_box loro mascota mascotas meerschweinchen meow miaou miau minou muddy_paws
old_boy ouaf our_old_boy our_old_girl over_the_rainbow_bridge papagaio papagei parrot pasear_al_perro
paseo_con passear_com_o_cachorro patinhas patitas pattes paw paws peixinho peluda peludito peludo perra
perrita perrito perritos perro perroquet perros pet pets pferd pfoten poisson_rouge pony pooch poodle
promenade_avec pug pup pupper puppy pups purr qual_e_a_raca quelle_race rabbit raca rasse raza rescue_dog
ronronne said_goodbye_to_our schildkrote schnauzer spaniel tartaruga terrier tierarzt tierarztin tierheim
tortoise tortue tortuga toutou veterinaire veterinaria veterinarian veterinario veto vierbeiner walkies
welche_rasse welpe welpen what_breed woof woofer wuff
`,
  leisure: `
absent_jusqu_au absente_jusqu_au acampamento acampar aeroplane_mode aficion after_party afterparty
airplane_mode ajedrez alaaf all_inclusive allotment am_strand amanecer angeln annual_leave apero aquarium
arreter_de_sourire aschermittwoch assistir_o_jogo atardecer aufhoren_zu_lacheln aula_de_danca aulas_de_danca
ausflug ausschlafen auszeit backpacking bake_off balade balkon bank_holiday bar_crawl basteln bate_volta
bbq_weekend beach beach_day beaches beer_pong bei_meinen_nachbarn berge bescherung best_night bicicleta binge
binge_watch binge_watching birdwatching bliss bloquinho board_games book_club bouldering bouldern bricolage
bricolaje bronze bronzee bronzer bruckentag bubble_bath buceo bucket_list by_the_pool ca_fait_une_eternite
cabin campfire camping canape capitulo carnaval carnival catch_up_over_a_drink ceia ceia_de_natal
celular_desligado cena_de_navidad ceramica cet_ete chanukka chess chill chillen chillin chilling choir chor
chorale chorando chorei christmas christmas_break christmas_dinner christmas_eve christmas_morning
christmas_tree cinema city_break clases_de_baile clases_de_salsa climbing cochilo cocktail_in_hand cocooning
comedie_musicale concert concierto conge conges coral coro costume cosy couch couch_potato coucher_de_soleil
cours_de_danse cours_de_salsa cozy cried crochet croisiere crossword crucero cruise cruzeiro crying da_praia
dance_class dance_classes day_off days_off de_ferias de_vacaciones deck_chair deckchair deguise deguisee
deguisement dejar_de_sonreir depuis_la_plage depuis_un_transat descansar descanso desconectada desconectado
desconectar desconexion desde_la_playa desde_una_hamaca detente detox_digitale dia_de_folga dia_libre
dias_libres die_geschenke digital_detox dimanche_matin direto_da_praia disfraz disfrazada disfrazado
disney_world disneyland diwali diy diy_project domingao domingo_de_manha domingo_por_la_manana dormi
dos_pies_izquierdos dressed_up_as easter easter_egg el_agua_estaba_helada el_mar en_ete en_la_playa
en_vacances endlich_urlaub endlich_wieder_urlaub endlich_wieder_zu_hause endlich_zu_hause enfin_a_la_maison
enfin_en_vacances entspannen entspannung epic_night episode episodio erholung escalada escalade escapada
escapade escapadita esqui esquiar estarei_off ewig_nicht_gesehen excursion fahrradtour fait_le_pont
familia_reunida familia_toda fancy_dress fantasiada fantasiado farniente faz_tempo_que_a_gente_nao_se_ve fds
feet_in_the_sand feiertag feiertage feliz_natal feliz_navidad feriadao feriado ferias ferias_de_verao ferie
ferien ferienwohnung festival filmes filminho films fim_de_semana fin_de_semana final_da_temporada
final_de_semana final_de_temporada finale finally_home finally_on_holiday finalmente_de_ferias
finalmente_em_casa finde findes fireworks first_place fishing five_a_side flight_mode flitterwochen flugmodus
folga folguinha freier_tag freizeit frohe_weihnachten from_the_beach fuera_de_la_oficina full_heart fun_night
fussballspiel fusse_im_sand futevolei fuße_im_sand gafas_de_sol garden gardening garten gartenarbeit
gemutlich geschlafen getaway geweint gig gitarre gite golf good_times good_vibes grasse_matinee
greetings_from greetings_from_the_beach gruesse_vom_strand grusse_vom_strand guitar guitare guitarra
hace_siglos haha hahaha halloween hamaca hammock handy_aus hangematte hanoucca hanuca hanukkah happy_tears
heart_is_full heiligabend heimwerken helau heuriger hier_soir hike hiking hobbies hobby hobbys holiday
holidays home_sweet_home honeymoon horta hot_tub how_was_the_trip how_was_your_holiday how_was_your_trip
how_was_your_weekend huerto ile ilha im_urlaub insel isla island it_s_been_ages j_ai_pleure jaja jajaja
jajajaja januca jardim jardin jardinage jardinagem jardineria jet_lag jeux_video jigsaw jogo_do jogo_ontem
jour_de_conge jour_ferie jours_de_conge joyeux_noel karaoke_night kayaking kein_laptop kino kkk kkkk kkkkk
kkkkkk klavier klettern kneipentour knitting kostum kreuzfahrt kurztrip kurzurlaub l_ete l_ete_dernier la_mer
lac lacheln lago lagrimas lake lake_house lange_nicht_gesehen laptop_stays_closed larmes last_night
last_night_was lazy_sunday le_sapin lego les_cadeaux les_pieds_dans_l_eau les_pieds_dans_le_sable
lever_de_soleil liege_am_strand liegestuhl llorando llore lmao loisir loisirs long_time_no_see long_weekend
los_regalos lua_de_mel luna_de_miel lune_de_miel lunettes_de_soleil malen manta maraton_de_series maratonar
mardi_gras masaje massage massagem matar_a_saudade match_day mdr me_fait_pleurer me_he_apuntado me_time
meditation_retreat meer mergulho mini_break mittagsschlaf mochilao mochilero mode_avion modo_aviao modo_avion
montagne montana montanas montanha mountains movie_night movies movil_apagado musical nachbarn nap napping
nascer_do_sol natal navidad navidades netflix nintendo no_laptop no_signal no_wifi nochebuena noel nordsee
o_mar oculos_escuros ohne_laptop ohne_netz ootd opened_the_presents opening_presents oper opera os_presentes
ostern ostsee out_of_office_until padel paperback paques parar_de_sorrir pascoa passeio passeios pe_na_areia
peche pedal peli peli_y_manta peliculas pelis pes_na_areia pesca pescaria petite_escapade phone_off piano
pieds_dans_le_sable pies_en_la_arena pique_nique piscina piscine piscinita plage plages plaid plan_perfecto
planazo playa playa_y_sol playita playstation pleure pleurer plongee pool_day poolside por_do_sol
por_fin_de_vacaciones por_fin_en_casa potager poterie pottery pousada praia praias prainha preguica
primer_bano primer_bano_del_verano promenade ptdr pub_crawl pub_quiz puente_largo puesta_de_sol quiet_house
quiz_night randonnee regarder_le_match relajada relajado relajarse relax relaxando relaxar relaxed relaxing
renting repainted repos resort reveillon reyes_magos road_trip road_trips roadtrip rock_climbing roscon
rosenmontag rsrs rtt ruta_en_bici sabadou sac_a_dos sailing salsa_class salsa_classes salsakurs saludos_desde
saludos_desde_la_playa sans_ordinateur sans_reseau saturday_morning sauna schach scuba se_detendre se_reposer
sea seaside season_finale sem_computador sem_notebook sem_sinal sem_voz sem_wifi semana_santa senderismo
serra sextou siesta sieste sightseeing silent_retreat sin_cobertura sin_portatil singing sketching ski
skifahren skiing skiurlaub sleep_in slept slept_in smiling snorkeling snow_day snowboarding snowman sofa
sofa_manta_y_peli sofa_y_manta sommerurlaub soneca sonnenaufgang sonnenbrille sonnenuntergang sonntagmorgen
sonreir sonriendo sorrindo sorrir sourire souvenir spa spa_day spieleabend spring_break stadtetrip
staffelfinale staycation stop_smiling straight_from_the_beach strand summer_break summer_vibes sun_lounger
sunbathing sunbed sunburn sunday_funday sunday_morning sunglasses sunrise sunset surf surfar surfen surfing
tagesausflug tannenbaum tanzkurs tarde_de_sofa tardeo tatort tauchen tears teatro telephone_eteint
tempo_livre temps_libre tennis tent tent_up terrible_wifi tgif thanksgiving the_finale the_house_is
the_weekend theater theatre theme_park this_weekend tiempo_libre time_off toes_in_the_sand topfern tranen
transat traveling travelling trek trekking trilha trip tumbada_en_la_playa tumbado_en_la_playa tumbona
turistear tv_show two_left_feet unplugged unwind unwinding urlaub urlaubs vacaciones vacances vacances_d_ete
vacas vacation vacay vacs velo ver_el_partido verkleidet vermut vermuteo verreist viagem viajando viaje
viajei vibe vibes video_games videogame videojuegos videospiele violao viu_o_jogo volto_dia volto_no_dia
vom_strand vou_ficar_off voyage wanderlust wandern watching_the_game week_end weekend weekend_getaway
weekend_trip weekends weihnachten wellness what_a_night without_my_laptop wochenend wochenende woodworking
xadrez xbox xmas yoga_retreat zelten zocken zoo
${HOBBIES_AND_HOME}`,
  beliefs: `
abencoada abencoado abortion aborto abtreibung afd aid_moubarak allah amem amen ateo athee atheist avortement
ballot bapteme baptism batizado bautizo bencao bencaos bendecida bendecido bendicion bendiciones benediction
benevole beni benie beten bibel bible biblia biden bless blessed blessings bolsonarista bolsonaro brexit
buddha buddhist bundestag campagne_municipale campaign_volunteer campana_municipal campanha_municipal
candomble canvassing careme catholic catholique catolica catolico cdu ce_parti ceasefire chretien chretienne
christ christian christin christus church city_council communion communist communiste comunion comunismo
comunista conservatives crisma crista cristao cristiana cristiano cristo culto demo_gegen democrat democrats
demonstration deputado deputados depute deputes derechista deus dictadura dictature diese_partei dieu
diktatur dios diputados direitista ditadura eglise ehrenamtlich eid eid_mubarak eleccion elecciones
elecciones_municipales election elections elections_municipales eleicao eleicoes eleicoes_municipais
erstkommunion ese_partido espirita espiritual esquerdista esse_candidato este_partido evangelica evangelico
evangelisch facha facho faith faschist fascism fascist fascista fasciste fastenbrechen fastenzeit fdp
feminisme feminismo feminismus feminista firmung fluchtlinge gauchiste gaza gebet gebete genocide gesegnet
gewahlt gloria_a_deus god god_bless god_willing golpe golpe_de_estado gop gott gott_sei_dank gottesdienst
gracas_a_deus grace_a_dieu gracias_a_dios greve grevistes grunen gun_control happy_diwali happy_hanukkah
he_votado heaven hindu holy huelga iftar iglesia igreja imigracao immigration inch_allah inchallah
inmigracion inshallah israel izquierdista j_ai_vote jesus jewish judio judisch juif kanzler katholisch kirche
kirchnerismo kommunalwahl kommunion kommunist konfirmation labour_party le_pen left_wing lent lfi liberal
liberals linke linksextrem local_election lord lula machismo macron maga manif manifestacao manifestacion
manifestation march_on_saturday melenchon merry_christmas merz mesquita messe mezquita milei militant
militante misa missa moschee mosque mosquee municipal_election municipales muslim muslimin musulman
nesse_candidato nossa_senhora nuestro_pais o_brasil_merece obama oracao oraciones oracoes orar our_country
padre palestine parliament partei parteien parti_politique partido_politico pasteur pastor peronismo petista
pfarrer political political_party politician politicien politiciens politico politicos politics politiker
praise_god pray pray_for pray_for_me prayer prayers praying premiere_communion pretre prier priere prieres
priest priester primeira_comunhao primera_comunion pro_choice pro_life procesion protest protesta protesters
protesto psoe putin rabbi ramada_kareem ramadan ramadan_kareem ramadan_moubarak ramadan_mubarak rechtsextrem
refugees religiao religieuse religieux religion religios religiosa religioso religious republican republicans
rezamos rezar rezo right_wing sacerdote sanchez scholz scripture scrutin se_deus_quiser segen semana_santa
senado senat senator sermon shabbat shabbat_shalom si_dios_quiere sinagoga socialism socialist spd spiritual
spirituel spirituell stimmzettel streik sunday_service synagoge synagogue taufe temple thank_god the_march
this_party torah tories tory trump ukraine umbanda unser_land urna urnas virgen voluntaria voluntario
volunteering_for_the votado votais votamos votan votar vote vote_for voted voted_for votei votent votent_pour
voter voter_pour voting voting_for voting_rights voto vox wahlen wahlen_gehen wahlkampf wahlt
whatever_you_believe woke worship zuckerfest
`,
  appearance: `
abdomen abdominales abdos abgenommen abs adelgace amei antes_e_depois antes_y_despues avant_apres
bad_hair_day badeanzug baje_de_peso banador barba barbe bart batom beard before_and_after beim_friseur bigode
bigote bikini biquini blowout bonita botox cabeleireiro cabelo_curto cabelo_novo cambio_de_look
cheveux_courts chez_le_coiffeur coiffeur coiffure contact_lenses corte_de_cabelo corte_de_pelo
corte_de_pelo_nuevo cortei_o_cabelo coupe_de_cheveux cuidado_de_la_piel emagreci erstes_tattoo
estrenando_gafas eyelashes feeling_cute first_tattoo fresh_cut friseur frisur gafas_nuevas geschminkt glow_up
gorgeous got_a_haircut gray_hair grey_hair guapa guapisima guapo gym_selfie haarschnitt hair_cut hair_day
haircut hairstyle hautpflege heels helmet_hair j_ai_perdu kilos_menos kleid kurze_haare lashes lippenstift
lipstick look_do_dia looking_good lookinho maillot_de_bain make_up makeup manicura manicure manikure manucure
maquiagem maquilhagem maquillage maquillaje me_he_cortado_el_pelo me_he_rapado me_he_tatuado me_veo
meu_cabelo mi_pelo mirror_selfie modelito moustache mustache my_first_tattoo my_hair nagellack nails
nem_me_reconheco neue_brille neue_frisur neue_haare neues_tattoo new_frames new_glasses new_hair new_haircut
new_specs new_tattoo no_makeup nouveau_tatouage nouvelle_coupe nouvelle_tete nouvelles_lunettes nova_tatuagem
nuevas_gafas nuevo_tatuaje oculos_novo oculos_novos ongles ootd outfit outfit_of_the_day pedicura pedicure
peinado pelo_corto peluqueria perdi_peso perdu_du_poids piercing pintalabios premier_tatouage
primeira_tatuagem primer_tatuaje rapado robe rouge_a_levres salao schminke schnurrbart selfie selfies
shaved_my_head short_hair six_pack sixpack skin_care skincare spray_tan swimsuit tacones talons tatouage
tattoo tatuagem tatuaje tenue_du_jour transformation_tuesday unhas vestido vorher_nachher weight_loss who_dis
wrinkles
`,
  lifeEvents: `
a_dit_oui aborto_espontaneo abschlussfeier accouche accouchement achete_notre_maison achete_une_maison
after_maternity_leave after_parental_leave after_paternity_leave after_years_of_renting anel_de_noivado
anillo_de_compromiso anos_de_recuerdos apartamento_novo attend_un_bebe attendons_un_bebe auf_dem_land
auf_die_welt_gekommen aufrichtiges_beileid aufs_land ausgepackt baby_on_the_way baby_shower babybauch
babyparty back_from_maternity_leave back_from_parental_leave back_from_paternity_leave bague_de_fiancailles
baja_maternal baja_por_maternidad baja_por_paternidad banquete_de_boda bapteme baptism bar_mitzvah
bat_mitzvah batizado bautizo beerdigung begrabnis beileid beisetzung bem_vinda_ao_mundo bem_vindo_ao_mundo
bereavement best_man bienvenida_al_mundo bienvenido_al_mundo bienvenue_au_monde birth boda boda_de_mi bodas
born bought_a_house boule_dans_la_gorge boxes_are_packed boxes_everywhere braut brautigam brautkleid breakup
bride bridesmaid bridesmaids brother_s_wedding c_section caixa_por_todo_lado caixas_por_todo_lado
cajas_por_todas_partes cancer_free cartons_partout casa_da_minha_avo casa_de_mi_abuela casa_de_mis_abuelos
casa_nova casa_nueva casada casado casados casamento casamentos casamiento casamos casar casarnos casarse
casei caso_com cerramos_por_ultima_vez cesarea cesarienne cha_de_bebe cha_de_panela cha_revelacao
childhood_home christening coeur_serre coming_out compramos_um_apartamento compramos_uma_casa
compramos_una_casa condoleances condolences condolencias conge_maternite conge_parental conge_paternite
cremaillere custody damas_de_honor death debutante decede decedee deces deepest_condolences deepest_sympathy
dein_verlust deinen_verlust delivery_room demande_en_mariage demenage demenagement demenager
demoiselle_d_honneur dep des_cartons_partout descanse_em_paz descanse_en_paz desole_pour_ta_perte
desolee_pour_ta_perte despedida_de_soltera deuil deuxieme_enfant devolvi_las_llaves die_letzten_kisten died
dije_que_si dijo_que_si disparition disse_sim divorce divorced divorcee divorciada divorciado divorcio
donde_creci donde_vivi donde_vivimos duelo echographie ecografia ehe eheversprechen eigenheim
ein_haus_gekauft eingezogen einweihungsparty el_piso_donde_creci elle_a_dit_oui eltern_geworden elternzeit
embarazada embarazo emmenage emmenage_dans empty_nest en_paz_descanse enceinte engagement_ring entbindung
enterrement enterro entierro entregue_las_llaves entreguei_as_chaves erstes_kind esperamos_un_bebe
esperando_um_bebe esperando_un_bebe est_ne est_nee estamos_gravidos eu_caso eu_son_bac expecting_a_baby
faire_les_cartons faire_part faleceu falecida falecido falecimento fallecido fallecimiento fallecio
fausse_couche feels_like_home fehlgeburt fiancailles fiance fiancee fiances ficamos_noivos
firmamos_la_hipoteca first_apartment first_baby first_flat first_home flitterwochen forever_in_our_hearts
formatura friend_s_wedding funerailles funeral funerales ganhei_um_sobrinho ganhei_uma_sobrinha gave_birth
geboren geburt geheiratet gelebt_habe gender_reveal geschieden gestacao gestante gestorben getting_married
gewohnt_habe gone_too_soon got_engaged got_married graduacion graduation grandma_s_house grandmother_s_house
gravida gravidez grief grieving groom grossesse ha_nacido handed_back_the_keys handed_in_the_keys
hasta_siempre haus_gekauft hauskauf he_said_yes heaven_gained hebamme heirate heiraten heiratet heiratsantrag
hemos_comprado_una_casa hemos_sido_madres hemos_sido_padres herzliches_beileid hochzeit hochzeiten
hochzeitstag homeowner hommage_a_mon honeymoon housewarming ich_ziehe_um il_a_dit_oui
in_liebevoller_erinnerung in_loving_memory it_s_a_boy it_s_a_girl ivf ja_gesagt je_pense_fort_a_toi
jeunes_maries just_married kaiserschnitt keys_go_back keys_to_our kisten_gepackt kreisssaal
la_casa_de_mi_infancia la_casa_donde_creci la_casa_esta_silenciosa la_hipoteca la_maison_de_ma_grand_mere
la_ultima_caja last_box last_night_in_the late_father late_mother les_cartons_sont_faits licenca_maternidade
licenca_paternidade lo_siento_por_tu_perdida loss_of lost_my lua_de_mel lump_in_my_throat luna_de_miel
lune_de_miel luto madrina madrinha madrinhas maid_of_honor maison_de_mon_enfance mariage mariages mariee
mariees marier maries marions marriage married marry marrying maternidade maternity_leave matrimonio me_casei
me_caso me_formei me_gradue me_he_casado me_mudei me_mudo me_suis_marie mein_beileid memorial mes_cartons
meu_primeiro_apartamento meus_pesames meus_sentimentos mi_mas_sentido_pesame mi_padre_fallecio mi_primer_piso
milestone_birthday miscarriage missa_de_setimo_dia mon_premier_appartement morreu mort morte mourning
moved_house moved_in moved_out moving_boxes moving_day moving_house moving_out mudamos_de_casa mudanca
mudando_para mudanza mudei_de_casa muerte murio mutterschutz my_childhood_home my_condolences
my_old_apartment nach_zuhause nachruf nacido nacimiento nacio naissance nasceu nascido nascimento
neue_wohnung neugeborenes new_adventure new_apartment new_flat new_home new_house newborn newlyweds
no_no_na_garganta noces noiva noivado noivamos noivo nos_casamos nos_casaremos nos_comprometimos
nos_hemos_casado nos_hemos_mudado nos_mudamos nos_tornamos_pais nos_vamos_a_vivir nosso_primeiro_apartamento
notre_maison notre_nouvelle_maison notre_premier_appartement nous_a_quittee nous_a_quittes
nous_avons_emmenage nous_demenageons nous_nous_sommes_maries nous_sommes_maries nouveau_ne nouvel_appartement
nouvelle_maison novia novio nudo_en_la_garganta nuestra_nueva_casa nuestra_primera_casa nuestro_primer_piso
nueva_casa obituary obseques on_demenage on_maternity_leave on_paternity_leave onde_cresci onde_morei
onde_vivi ou_j_ai_grandi ou_j_ai_vecu ou_nous_avons_vecu our_first_apartment our_first_flat our_first_home
our_little our_old_house our_own_place packing_boxes pacs pacses padrinho padrino partiu parto passed_away
paternity_leave pedida_de_mano pedido_de_casamento pendre_la_cremaillere permiso_de_maternidad
permiso_de_paternidad pesame pesames piso_nuevo polterabend pregnancy pregnant premier_appartement
premier_enfant primeira_casa primeiro_filho primer_hijo primera_casa prometidos proposed qepd que_saudade
quince_anos quinceanera quinze_anos recem_casados recem_nascido recien_casados recien_nacido
remise_de_diplome rendu_les_cles repose_en_paix reposez_en_paix rest_easy rest_in_peace revelacion_de_sexo
rip robe_de_mariee ruhe_in_frieden said_yes saudade saudades scheidung schlussel_abgegeben schwanger
schwangerschaft se_casa se_casa_mi se_casan se_ha_ido_de_erasmus se_marier se_nos_fue second_baby
segundo_filho segundo_hijo separados separes sepultamento she_said_yes siento_tu_perdida sincere_condolences
sinceres_condoleances sinto_muito_pela_sua_perda sister_s_wedding so_sorry_to_hear sommes_devenus_parents
son_bac sorry_for_the_loss sorry_for_your_loss standesamt standesamtlich starb sua_perda ta_perte tanatorio
taufe te_acompano_en_el_sentimiento the_boxes_are the_house_i_grew_up_in the_new_place thinking_of_you tod
toutes_mes_condoleances trastero trauer trauerfeier trauern trauzeuge trauzeugin tu_perdida ultima_caja
ultraschall ultrasound ultrassom umgezogen umzug umzugskartons un_abrazo_enorme un_chapitre_se_ferme unpacked
unpacking vamos_casar vamos_nos_mudar veio_ao_mundo velorio verheiratet verlobt verlobung verlobungsring
verstorben vestido_de_noiva vestido_de_novia veuf veuve vider_la_maison vino_al_mundo virei_pai viuda viudo
viuva viuvo von_uns_gegangen votos votre_perte vou_casar vows we_are_moving we_re_moving wedding wedding_day
wedding_dress weddings welcome_to_the_world where_i_grew_up where_i_lived where_we_lived widow widower
willkommen_auf_der_welt wir_ziehen_nach wir_ziehen_um witwe witwer wo_ich_aufgewachsen_bin wohnung_gekauft
zuhause zur_welt_gekommen zweites_kind
`,
};

/** Emoji by category (without variation selectors or skin tones). */
export const CATEGORY_EMOJI = `
food: 🧁🍰🍩🍪🥐🥞🧇🥯🍞🥖🥨🧀🍳🥓🥩🍗🍖🌭🍔🍟🍕🥪🌮🌯🥙🍝🍜🍲🍛🍣🍱🥟🍤🍙🍚🍘🍥🥮🍡🍧🍨🍦🥧🍫🍬🍭🍮🍯🥘🫕🧆🍢🦞🦪🥗🥠🫔🫓🥫😋🍽🤤🍴🥄🥢🍿🥜🌰🍠🥔🥕🌽🍅🥑🍆🥦🥬🥒🫑🌶🧄🧅🍄☕🍵🫖🧋🥤🧃🥛🍎🍏🍐🍊🍋🍌🍉🍇🍓🫐🍈🍒🍑🥭🍍🥥🥝
parties: 🍷🍸🍹🍺🍻🥂🥃🍾🍶🪩🕺💃🪅🎂🥳🎈🎊🎁🧉🎉🎶🎵🎤
family: 👶🍼🤱👪🚼🧸🧒👦👧👼🧑‍🍼👩‍🍼👨‍🍼
romance: 💑💏💘💝💌🌹💋😘🥰💕💞💓💗💔❣❤💖😍♥🧡💛💚💙💜🤍🖤🤎🩷🩵🩶💟
lifeEvents: 💍👰🤵💒🤰🫄🫃⚰🪦🥀🕊🏡🕯🎓
health: 🤒🤧🤕🩹🩼🦽🦼🎗😷🏥💊💉🩸🤮🤢🥵🥶🏋🏃🧘🚴🏊🤸🚵⛹🤾🥊🏸🏓🩺🦠💪🥗
pets: 🐶🐕🐩🦮🐱🐈🐾🐰🐇🐹🐭🐠🐟🐢🦜🐴🐎🐥🐣🐤🦎🐍
leisure: 🧖🏖🏝⛱🌴🏕⛺🎿⛷🏂🏄🚣🎣🤿🛶⛵🚤🛥🎢🎡🎠🌅🌄🎄🎅🤶🎃☃⛄🧳🎾🏐🏀🏈⚾🥎🏉🌊🌞😎🏔⛰🗻⛳🏓🎮🕹🎬🍿🌇🌆🌻🌸🌺🍂🍁🏞🏟🎭🎨🧶🧵🪁🛝🎳🎯☀✈🗺🌍🌎🌏❄🌈🌙🌟✨😴🛌
beliefs: ⛪🕌🕍🛕✝☪🕉✡☦☸☯📿🛐🗳🙏😇
appearance: 🤳💄💅💇💆👗👠👙👡👢🪞💋👄👒👜👛🕶💎
`;
