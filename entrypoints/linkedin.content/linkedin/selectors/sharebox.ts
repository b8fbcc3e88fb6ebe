/**
 * The share box ("Start a post") and comment boxes, in every variant we know of. Each chain is ordered
 * most specific first; each selector names the markup it matches. Tested against the fixtures in
 * tests/dom/selectors-sharebox.test.ts (tests/fixtures/linkedin/feed-sharebox-*.html and
 * tests/fixtures/boundaries/sharebox-*.html).
 *
 * Variants:
 * - legacy Ember modal in the light DOM (`#artdeco-modal-outlet`), ≤2025;
 * - the same Ember modal inside `#interop-outlet`'s open shadow root, 2026 (with a decoy `.ql-editor` in
 *   the light DOM or the hidden `/preload/` iframe that must be ignored: we always find the modal first
 *   and the editor inside it, never the other way round);
 * - the SDUI native `<dialog>` with a TipTap editor in the light DOM, Sept–Oct 2026 rollout;
 * - the Ember modal inside a visible same-origin iframe (reported once; reached from the top frame).
 * Sources: /work/shared/linkedin-dom.md §2.3 and §2.4.
 */
import { chain } from './chain';

/** The share box's root: the modal or dialog that holds editor, audience and Post. */
export const SHAREBOX_ROOT = chain('sharebox.root', [
  // Ember modal (light DOM ≤2025, shadow root 2026): `[data-test-modal-id="sharebox"] > [role=dialog].share-box-v2__modal`
  '[data-test-modal-id="sharebox"] [role="dialog"]',
  // Ember modal labelled by its header, when the container lost its test id
  '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]',
  // Ember modal by class only
  '.share-box-v2__modal',
  // SDUI 2026: native `<dialog data-testid="dialog">` around the ShareCompose screen
  'dialog:has([data-sdui-screen*="sharing.ShareCompose"])',
  // SDUI 2026 without the native dialog (full-page `/sharing/compose` or a div dialog)
  '[role="dialog"]:has([componentkey="ShareBox_textEditor"])',
  '[data-sdui-screen*="sharing.ShareCompose"]',
]);

/** The draft's editor inside a share-box root. Never query it page-wide: the decoy matches too. */
export const SHAREBOX_EDITOR = chain('sharebox.editor', [
  // Quill in the Ember share box: the test hook survives every era
  '[data-test-ql-editor-contenteditable="true"]',
  // Quill by structure (`ql-blank` when empty); excludes Quill's hidden `.ql-clipboard`
  '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
  // SDUI TipTap/ProseMirror: `componentkey="ShareBox_textEditor"` is the only stable hook
  '[componentkey="ShareBox_textEditor"][contenteditable="true"]',
  // TipTap by its wrapper test id
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"][role="textbox"]',
  // English accessible name, both eras
  '[contenteditable="true"][aria-label="Text editor for creating content"]',
  // any Quill editor in the root
  '.ql-editor[contenteditable="true"]',
]);

/** The Post button ("Post", or "Schedule" once a time is chosen). SDUI's has no hook: see sharebox.ts findPostButton. */
export const SHAREBOX_POST = chain('sharebox.post', [
  // Ember, since ~2020 (light DOM and shadow root)
  'button.share-actions__primary-action',
  // Ember wrapper class
  '.share-box_actions button',
  // some builds carry a test hook on the primary action
  'button[data-test-share-actions-primary-action]',
]);

/** The schedule control (opens the date picker; the primary action then reads "Schedule"). */
export const SHAREBOX_SCHEDULE = chain('sharebox.schedule', [
  // Ember
  'button.share-actions__scheduled-post-btn',
  // Ember by accessible name
  'button[aria-label="Schedule post"]',
  // SDUI: a link to the scheduled-posts view
  'a[aria-label="Scheduled"]',
]);

/** "Scheduled for …" line shown in the composer once a time is chosen. */
export const SHAREBOX_SCHEDULED_LINE = chain('sharebox.scheduledLine', [
  // Ember: the schedule summary above the footer
  '.share-creation-state__schedule-info',
  '[data-test-share-creation-state-schedule-info]',
  // SDUI: a status line in the footer
  '[data-testid="share-schedule-summary"]',
]);

/** The audience control: its text names who will see the post. */
export const SHAREBOX_AUDIENCE = chain('sharebox.audience', [
  // 2022–2026 Ember header: line 1 author, line 2 "Post to Anyone"
  'button.share-unified-settings-entry-button',
  // ≤2022 Ember chip: `span.share-state-change-button__label` "Anyone"
  'button.share-state-change-button__button',
  // Ember header button when classes change
  'h2#share-to-linkedin-modal__header > button',
  // SDUI dialog: the header's first button holds the avatar (figure/img) and "Post to Anyone"
  '[data-sdui-screen*="sharing.ShareCompose"] button:has(figure)',
  '[data-sdui-screen*="sharing.ShareCompose"] button:has(img)',
]);

/** The audience label inside the control, where a dedicated element exists. */
export const SHAREBOX_AUDIENCE_LABEL = chain('sharebox.audienceLabel', [
  // 2022–2026 Ember: "Post to Anyone"
  '.share-unified-settings-entry-button__visibility',
  // ≤2022 Ember chip: "Anyone"
  '.share-state-change-button__label',
]);

/** The selected option in the (hidden or open) visibility panel: locale-independent ids. */
export const SHAREBOX_AUDIENCE_CHECKED = chain('sharebox.audienceChecked', [
  // Ember panel: `button#ANYONE` / `#CONNECTIONS_ONLY` / `#CONTAINER` (group) / `#EVENT`
  '.share-generic-list [role="radio"][aria-checked="true"]',
  '[data-generic-list-item][aria-checked="true"]',
]);

/** Attached media previews. */
export const SHAREBOX_MEDIA_PREVIEW = chain('sharebox.mediaPreview', [
  // Ember: `.share-creation-state__preview-container` with "Edit media preview" / "Remove media"
  '.share-creation-state__preview-container',
  // SDUI and some Ember builds
  '#ShareBoxpreviewCard',
  // Ember media editor containers
  '.media-editor__container',
  '.media-detour__container',
]);

/** Images inside a media preview (alt = the user's alt text, or the file name). */
export const SHAREBOX_MEDIA_IMAGE = chain('sharebox.mediaImage', [
  // Ember preview image
  'img.update-components-image__image',
  // SDUI preview: `img[src^="blob:"]`
  'img[src^="blob:"]',
  // any other image in the preview (data: URIs in fixtures and drafts restored from storage)
  'img',
]);

/** Videos inside a media preview. */
export const SHAREBOX_MEDIA_VIDEO = chain('sharebox.mediaVideo', [
  // Ember video preview
  '.share-creation-state__preview-container video',
  '[data-test-video-preview]',
  'video',
]);

/** Documents (PDF carousels) inside a media preview: the file name is shown as the title. */
export const SHAREBOX_MEDIA_DOCUMENT = chain('sharebox.mediaDocument', [
  // Ember document preview (title = file name or the user's title)
  '.share-document-preview',
  '.document-s-container',
  '[data-test-document-preview]',
]);

/** The title or file name of an attached document. */
export const SHAREBOX_DOCUMENT_TITLE = chain('sharebox.documentTitle', [
  '.share-document-preview__title',
  '.document-s-container__title',
  '[data-test-document-title]',
]);

/** "Remove media" (its presence means media is attached, even without a readable preview). */
export const SHAREBOX_REMOVE_MEDIA = chain('sharebox.removeMedia', [
  // Ember
  'button[aria-label="Remove media"]',
  // SDUI preview card
  '#ShareBoxpreviewCard button[aria-label="Remove"]',
]);

/** The reposted post embedded under "repost with your thoughts" (its text is not the user's draft). */
export const SHAREBOX_RESHARE = chain('sharebox.reshare', [
  // Ember: the quoted update below the editor
  '.share-creation-state__reshare-container',
  '.share-creation-state__reshare',
  // the mini update card LinkedIn renders for the quoted post
  '.feed-shared-mini-update-v2',
  // SDUI
  '[data-testid="share-reshare-preview"]',
]);

/** Mentions inside the editor (Quill mention blot, TipTap mention node). */
export const EDITOR_MENTION = chain('editor.mention', [
  // Quill: `<a class="ql-mention" data-entity-urn=…>`
  '.ql-mention',
  '[data-entity-urn]',
  // TipTap mention node
  '[data-type="mention"]',
  '.mention',
]);

/** Comment editors (live hint only, never the dialog). */
export const COMMENT_EDITOR = chain('comment.editor', [
  // 2026 feed: TipTap / ProseMirror comment editor
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"][aria-label="Text editor for creating comment"]',
  // TipTap by accessible name only
  '[contenteditable="true"][aria-label="Text editor for creating comment"]',
  // legacy Ember: Quill in the comment box
  '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
  '.comments-comment-box [contenteditable="true"][role="textbox"]',
]);

/** The comment box around a comment editor (where the hint goes). */
export const COMMENT_BOX = chain('comment.box', [
  // legacy Ember
  '.comments-comment-box__form',
  '.comments-comment-box',
  // 2026 feed: the TipTap wrapper
  '[data-testid="ui-core-tiptap-text-editor-wrapper"]',
]);

/** Visible same-origin iframes that may hold the composer (the hidden `/preload/` one holds a decoy). */
export const COMPOSER_FRAMES = chain('sharebox.frames', [
  // reported 2026-06 (browser-harness post.md): the composer in an iframe
  'iframe[src*="/preload/sharebox"]',
  'iframe[src*="/sharing/"]',
  // the interop iframe; used only when visible
  'iframe[data-testid="interop-iframe"]',
]);

/** The editor's wrapper, where the live hint sits just below the text. */
export const EDITOR_WRAPPER = chain('sharebox.editorWrapper', [
  // legacy and 2026 shadow-root share box (Quill): div.share-creation-state__text-editor
  '.share-creation-state__text-editor',
  // 2026 SDUI dialog and 2026 feed comments (TipTap)
  '[data-testid="ui-core-tiptap-text-editor-wrapper"]',
  // legacy comment boxes (Quill)
  '.comments-comment-texteditor',
]);

/** Marks the SDUI share box (native <dialog> variant) apart from the Ember ones. */
export const SHAREBOX_SDUI_SCREEN = chain('sharebox.sduiScreen', [
  // 2026 SDUI dialog: div[data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"]
  '[data-sdui-screen]',
]);

/** Icons inside the audience control, whose type names the audience whatever the UI language. */
export const SHAREBOX_AUDIENCE_ICON = chain('sharebox.audienceIcon', [
  // legacy Ember: <li-icon type="globe-americas-small">
  'li-icon[type]',
  // 2026 shadow-root share box: <svg data-test-icon="globe-americas-small">
  'svg[data-test-icon]',
]);
