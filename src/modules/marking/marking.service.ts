import { Executor } from '../../db/executor';
import { notFound } from '../../errors/app-error';
import { Identity } from '../identity/identity.type';
import { Tlp } from '../shared/tlp';
import { MarkingRepository } from './marking.repository';
import { MarkedNode } from './marking.type';

export const markingService = {
  async set(executor: Executor, id: string, marking: Tlp, identity: Identity): Promise<MarkedNode> {
    const node = await new MarkingRepository(executor).set(id, marking, identity.id);
    if (!node) throw notFound('Story, Source or Claim', id);
    return node;
  },
};
