import { Context } from '../../graphql/context';
import { badInput, notFound } from '../../errors/app-error';
import { decodeCursor, MAX_PAGE_SIZE, Page, PageArgs, toConnection } from '../shared/connection';
import { prefetched } from '../shared/prefetch';
import { Claim } from '../claim/claim.type';
import { Story } from '../story/story.type';
import { EntityRecord } from './entity.type';
import { found } from '../shared/found';
import { isCountryCode } from './countries';
import { EntitiesArgs } from './entity.filter';
import { EntityRepository, PageRequest } from './entity.repository';
import { Selection } from '../shared/selection';

/** A page of a connection field: the page, what its nodes select, and whether the total is asked for. */
function pageRequest(args: PageArgs, selection: Selection): PageRequest {
  const cursors = !!(selection.edges?.cursor || selection.pageInfo?.startCursor || selection.pageInfo?.endCursor);
  return { after: decodeCursor(args.after), first: args.first, selection: selection.edges?.node, withTotal: 'totalCount' in selection, cursors };
}

/** Connection fields of an entity that the client asked for once, with valid arguments: read with the entity. */
export type RelatedPages = Partial<Record<'claims' | 'stories', PageRequest>>;

const argsKey = (args: { first: number; after?: string | null }) => JSON.stringify([args.first, args.after ?? null]);

/** Reads the entity, with its requested pages in the same statement when there are any. */
async function entityWithPages(ctx: Context, by: { id: string } | { code: string }, pages: RelatedPages, what: string, key: string) {
  if (!pages.claims && !pages.stories) {
    return found('id' in by ? ctx.loaders.entityById.load(by.id) : new EntityRepository(ctx.executor).countryByCode(by.code), what, key);
  }
  const result = await found(new EntityRepository(ctx.executor).withPages(by, pages), what, key);
  const prefetched: Record<string, unknown> = {};
  for (const name of ['claims', 'stories'] as const) {
    const options = pages[name];
    if (options?.args && result[name]) prefetched[name] = { key: argsKey(options.args), page: result[name] };
  }
  return { ...result.entity, _p: prefetched };
}

export const entityService = {
  get: (ctx: Context, id: string, pages: RelatedPages = {}) => entityWithPages(ctx, { id }, pages, 'Entity', id),

  async list(ctx: Context, args: EntitiesArgs, selection: Selection = {}) {
    const page = await new EntityRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first, {
      selection: selection.edges?.node,
      withTotal: 'totalCount' in selection,
      orderBy: args.orderBy,
    });
    return toConnection(page);
  },

  /**
   * Codes are case-insensitive ("mx"). Two letters that name no country ("XX") are an unknown id,
   * like an unknown entity id (NOT_FOUND); anything else is not a code at all (BAD_USER_INPUT).
   */
  country(ctx: Context, code: string, pages: RelatedPages = {}) {
    const normalized = code.toUpperCase();
    if (!/^[A-Z]{2}$/.test(normalized)) throw badInput([{ field: 'code', reason: `must be an ISO 3166-1 alpha-2 country code (got "${code}")` }]);
    if (!isCountryCode(normalized)) throw notFound('Country', normalized);
    return entityWithPages(ctx, { code: normalized }, pages, 'Country', normalized);
  },

  /** Pages a parent read already brought (same arguments) are used as they are. */
  async claims(ctx: Context, entity: EntityRecord, args: PageArgs, selection: Selection = {}) {
    const early = prefetched<{ key: string; page: Page<Claim> }>(entity, 'claims');
    if (early?.key === argsKey(args)) return toConnection(early.page);
    return toConnection(await ctx.loaders.claimsAboutEntity(pageRequest(args, selection)).load(entity.id));
  },

  async stories(ctx: Context, entity: EntityRecord, args: PageArgs, selection: Selection = {}) {
    const early = prefetched<{ key: string; page: Page<Story> }>(entity, 'stories');
    if (early?.key === argsKey(args)) return toConnection(early.page);
    return toConnection(await ctx.loaders.storiesMentioningEntity(pageRequest(args, selection)).load(entity.id));
  },

  /** The connection fields below an entity lookup that can be read with it (valid arguments, asked for once). */
  relatedPages(fields: Partial<Record<'claims' | 'stories', { args: Record<string, unknown>; selection: Selection } | null>>): RelatedPages {
    const pages: RelatedPages = {};
    for (const name of ['claims', 'stories'] as const) {
      const field = fields[name];
      const first = field?.args.first;
      const after = field?.args.after as string | null | undefined;
      if (!field || typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) continue;
      let cursor;
      try {
        cursor = decodeCursor(after);
      } catch {
        continue; // the field's own resolver reports the bad cursor
      }
      pages[name] = { ...pageRequest({ first, after: undefined }, field.selection), after: cursor, args: { first, after: after ?? null } };
    }
    return pages;
  },
};
