import { foldKey, ids } from '../../modules/shared/ids';
import { canonicalPublisher, Reference, sourceKindOf } from '../recognise';
import type { SourceDraft } from './story-draft';

/** A story's sources, one per (title, publisher), and how claims refer to each. */
export class StorySources {
  private readonly drafts: SourceDraft[] = [];
  private readonly byKey = new Map<string, SourceDraft>();
  /** How many sources share each folded title. */
  private readonly titles = new Map<string, number>();

  constructor(private readonly reference: Reference) {}

  /** Registers a cited document (once) and returns its handle for ref(). */
  add(title: string, publisher: string): SourceDraft {
    const name = canonicalPublisher(publisher, this.reference);
    // The API's own identity for a source: two spellings it would merge must be one source here.
    const key = ids.source(name, title);
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const draft: SourceDraft = { title, kind: sourceKindOf(publisher, this.reference), publisher: name };
    this.drafts.push(draft);
    this.byKey.set(key, draft);
    const titleKey = foldKey(title);
    this.titles.set(titleKey, (this.titles.get(titleKey) ?? 0) + 1);
    return draft;
  }

  /** Claims cite by title; two sources sharing a title get explicit ids and are cited by id. */
  ref(source: SourceDraft): string {
    if (this.titles.get(foldKey(source.title)) === 1) return source.title;
    source.id ??= ids.source(source.publisher, source.title);
    return source.id;
  }

  all(): SourceDraft[] {
    return this.drafts;
  }
}
