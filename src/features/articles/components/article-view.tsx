import { useEffect } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useReaderStore } from '../../../lib/reader-state/hooks';
import { articleQueryOptions } from '../../../lib/index-client/article-query';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { TopicChips } from '../../../components/cards/topic-chips';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { ArticleNotFound } from './article-not-found';
import { HeroImage } from './hero-image';
import { ReadOriginal } from './read-original';
import { RelatedPanel } from './related-panel';
import { VideoEmbed } from './video-embed';

export function ArticleView({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleQueryOptions(slug));
  useDocumentTitle(article?.title ?? 'Not found');
  const store = useReaderStore();
  const id = article?.id;
  // Opened is read: the card is dimmed when the reader goes back to the list.
  useEffect(() => {
    if (id) store.setRead(id, true);
  }, [id, store]);
  if (!article) return <ArticleNotFound />;
  const image = article.images[0] ?? article.image;
  return (
    <div className="article-page">
      <article className="article">
        <ArticleHeader article={article} />
        {article.video ? (
          <VideoEmbed video={article.video} title={article.title} poster={image} />
        ) : (
          <HeroImage image={image} />
        )}
        {article.excerpt && <p className="article__lede">{article.excerpt}</p>}
        {article.body && <ArticleBody html={article.body} />}
        <ReadOriginal article={article} />
        <TopicChips topics={article.topics} />
      </article>
      <RelatedPanel article={article} />
    </div>
  );
}
