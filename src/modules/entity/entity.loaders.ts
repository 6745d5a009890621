import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { Claim } from '../claim/claim.type';
import { Page } from '../shared/connection';
import { Story } from '../story/story.type';
import { EntityRepository, PageRequest } from './entity.repository';

/** Paged relationship loaders: one DataLoader per page request, so equal pages of many parents batch together. */
function pagedLoader<T>(load: (keys: readonly string[], options: PageRequest) => Promise<Page<T>[]>) {
  const byOptions = new Map<string, DataLoader<string, Page<T>>>();
  return (options: PageRequest): DataLoader<string, Page<T>> => {
    const optionsKey = JSON.stringify(options);
    let loader = byOptions.get(optionsKey);
    if (!loader) {
      loader = new DataLoader<string, Page<T>>((keys) => load(keys, options));
      byOptions.set(optionsKey, loader);
    }
    return loader;
  };
}

export function entityLoaders(executor: Executor) {
  const repository = new EntityRepository(executor);
  return {
    entityById: new DataLoader(repository.byIds),
    rolesOfPerson: new DataLoader(repository.rolesOf),
    countryTiesOfEntity: new DataLoader(repository.countryTiesOf),
    claimsAboutEntity: pagedLoader<Claim>((keys, options) => repository.claimsAbout(keys, options)),
    storiesMentioningEntity: pagedLoader<Story>((keys, options) => repository.storiesMentioning(keys, options)),
  };
}
