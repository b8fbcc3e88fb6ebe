/** The data model: what a contact, a note, settings and events are. Shared by every context. */
import type { AnalyzerSettings, Category, Sensitivity } from '../analyzer/types';
import type { ProfileKey } from './profile-id';

export const LEVELS = ['professional', 'friendly', 'personal', 'unset'] as const;
export type Level = (typeof LEVELS)[number];

/** Exactly the labels users see. */
export const LEVEL_LABELS: Record<Level, string> = {
  professional: 'Keep it professional',
  friendly: 'Friendly professional',
  personal: 'Personal',
  unset: 'Not set',
};

export const LEVEL_EXPLANATIONS: Record<Level, string> = {
  professional: 'Strictly work topics, every time.',
  friendly: 'Small talk welcome; keep sensitive topics out.',
  personal: 'Friends: anything goes.',
  unset: 'No preference recorded yet.',
};

/** Strictness order used when several people share a conversation: the strictest applies. */
export const LEVEL_STRICTNESS: Record<Level, number> = { professional: 3, friendly: 2, personal: 1, unset: 0 };

export interface Contact {
  /** The first key this person was saved under (usually the vanity slug). */
  id: ProfileKey;
  /** Every key seen for this person, including `id`. Lookups work by any of them. */
  aliases: ProfileKey[];
  displayName: string;
  headline: string;
  level: Level;
  circle: string;
  tags: string[];
  howWeMet: string;
  /** Local calendar date `YYYY-MM-DD`, or '' for none. */
  followUpOn: string;
  /** Epoch ms of the last message sent to them through LinkedIn, 0 if never. */
  lastInteractionAt: number;
  /** False when the user turned the drift check off for this person. */
  driftCheck: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface Note {
  id: string;
  contactId: ProfileKey;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export interface Settings {
  profilePanel: boolean;
  badges: boolean;
  composerBadge: boolean;
  driftCheck: boolean;
  postNudge: boolean;
  /** Live hint in comment boxes (comments never get the dialog). */
  commentHint: boolean;
  /** Audiences that count as professional for the post nudge. */
  nudgeAudiences: { anyone: boolean; connections: boolean; group: boolean; event: boolean };
  sensitivity: Sensitivity;
  disabledCategories: Category[];
  extraWords: { text: string; category: Category }[];
  ignoredWords: string[];
  workTopics: string[];
  /** Categories the user said "Don't ask for …" about, for the post nudge. */
  mutedCategories: Category[];
  /** Epoch ms until which the post nudge is snoozed. */
  nudgeSnoozedUntil: number;
  followUpNotifications: boolean;
  backupReminderWeeks: number;
  lastBackupAt: number;
  panelCollapsed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  profilePanel: true,
  badges: true,
  composerBadge: true,
  driftCheck: true,
  postNudge: true,
  commentHint: true,
  nudgeAudiences: { anyone: true, connections: true, group: false, event: false },
  sensitivity: 'default',
  disabledCategories: [],
  extraWords: [],
  ignoredWords: [],
  workTopics: [],
  mutedCategories: [],
  nudgeSnoozedUntil: 0,
  followUpNotifications: false,
  backupReminderWeeks: 0,
  lastBackupAt: 0,
  panelCollapsed: false,
};

export const EVENT_TYPES = ['nudge', 'send-check', 'message-sent'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const NUDGE_CHOICES = ['edited', 'posted-anyway', 'cancelled', 'muted', 'snoozed'] as const;
export type NudgeChoice = (typeof NUDGE_CHOICES)[number];

/** A local-only record of what Boundaries did and what the user chose. Never leaves the device. */
export interface LoggedEvent {
  id?: number;
  type: EventType;
  at: number;
  /** For nudges and send checks: what the user chose. */
  choice?: NudgeChoice;
  categories?: Category[];
  contactId?: ProfileKey;
}

/**
 * One automatic merge of stored people into one (a page showed two of their keys belong together),
 * kept so the manager can show it and undo it.
 */
export interface MergeRecord {
  id?: number;
  at: number;
  /** The record the others were folded into, as it was just before. */
  primary: Contact;
  /** The records folded in, as they were, with the ids of the notes that moved from each. */
  absorbed: { contact: Contact; noteIds: string[] }[];
  /** Set once undone: these people are then never merged automatically again. */
  undoneAt?: number;
}

/** A contact with what the UIs show beside it. */
export interface ContactView {
  contact: Contact;
  latestNotes: Note[];
  noteCount: number;
}

export function emptyContact(id: ProfileKey, now: number): Contact {
  return {
    id,
    aliases: [id],
    displayName: '',
    headline: '',
    level: 'unset',
    circle: '',
    tags: [],
    howWeMet: '',
    followUpOn: '',
    lastInteractionAt: 0,
    driftCheck: true,
    createdAt: now,
    updatedAt: now,
  };
}

/** The part of the settings the tone analyzer reads. */
export function analyzerSettings(settings: Settings): AnalyzerSettings {
  return {
    sensitivity: settings.sensitivity,
    disabledCategories: settings.disabledCategories,
    extraWords: settings.extraWords,
    ignoredWords: settings.ignoredWords,
    workTopics: settings.workTopics,
  };
}
