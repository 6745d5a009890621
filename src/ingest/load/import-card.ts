import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { Executor } from '../../db/executor';
import { badInput } from '../../errors/app-error';
import { FeedPublisher } from '../../modules/feed/feed.events';
import { IngestOutcome, storyService } from '../../modules/story/story.service';
import { InputFileError, storyFromCard } from '../assemble';

@ArgsType()
export class ImportStoryCardArgs {
  @Field({ description: 'The raw story card, as in seeds/000_8478c13e5880c610.txt' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100_000)
  text!: string;
}

/** The CLI's card path behind the API: parse, recognise entities, validate, ingest in one transaction. */
export async function importStoryCard(executor: Executor, text: string, feed?: FeedPublisher): Promise<IngestOutcome> {
  try {
    return await storyService.ingest(executor, await storyFromCard(text, 'text'), { feed });
  } catch (err) {
    if (err instanceof InputFileError) throw badInput([{ field: 'text', reason: `line ${err.line}: ${err.reason}` }]);
    throw err;
  }
}
