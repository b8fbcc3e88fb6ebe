/**
 * UI state of the popup and the manager page (zustand): what the user typed and picked, not data.
 * Data always comes from storage requests and is re-read on every storage change.
 */
import { create } from 'zustand';
import type { Level } from '../storage/model';

export interface ContactFilters {
  query: string;
  level: Level | '';
  tag: string;
  circle: string;
  followUpDue: boolean;
}

export const NO_FILTERS: ContactFilters = { query: '', level: '', tag: '', circle: '', followUpDue: false };

export function hasFilters(filters: ContactFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.level !== '' ||
    filters.tag !== '' ||
    filters.circle !== '' ||
    filters.followUpDue
  );
}

interface PopupState extends ContactFilters {
  /** The contact whose editor is open in the list (its id), or null. */
  expanded: string | null;
  setFilters(patch: Partial<ContactFilters>): void;
  clearFilters(): void;
  toggleExpanded(id: string): void;
}

export const usePopupStore = create<PopupState>()((set) => ({
  ...NO_FILTERS,
  expanded: null,
  setFilters: (patch) => set(patch),
  clearFilters: () => set(NO_FILTERS),
  toggleExpanded: (id) => set((state) => ({ expanded: state.expanded === id ? null : id })),
}));

export type ManagerSection = 'contacts' | 'merges' | 'settings' | 'backup' | 'sync' | 'diagnostics';

interface ManagerState extends ContactFilters {
  section: ManagerSection;
  /** Selected contact ids (for bulk edits). */
  selected: Set<string>;
  /** The contact whose timeline is open. */
  open: string | null;
  setSection(section: ManagerSection): void;
  setFilters(patch: Partial<ContactFilters>): void;
  toggleSelected(id: string): void;
  setSelected(ids: Iterable<string>): void;
  setOpen(id: string | null): void;
}

export const useManagerStore = create<ManagerState>()((set) => ({
  ...NO_FILTERS,
  section: 'contacts',
  selected: new Set(),
  open: null,
  setSection: (section) => set({ section }),
  setFilters: (patch) => set(patch),
  toggleSelected: (id) =>
    set((state) => {
      const selected = new Set(state.selected);
      if (selected.has(id)) selected.delete(id);
      else selected.add(id);
      return { selected };
    }),
  setSelected: (ids) => set({ selected: new Set(ids) }),
  setOpen: (open) => set({ open }),
}));
