import { useState } from 'react';
import type { Image, Video } from '../../../shared/index-schema';
import { useRemoteImage } from '../../../lib/use-remote-image';
import { HeroImage } from './hero-image';

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** YouTube's own still for the video; the one remote image a video page asks for before a click. */
export const youtubePoster = (id: string) => `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;

/**
 * Click to load: the player (and whatever it sets) is not requested until the
 * reader asks, and the iframe URL is built from the id alone on the
 * privacy-enhanced host. Before that only the still is shown, from YouTube's
 * cookieless image host.
 */
export function VideoEmbed({ video, title, poster }: { video: Video; title: string; poster?: Image }) {
  const safe = SAFE_ID.test(video.id);
  return safe ? <YoutubeEmbed id={video.id} title={title} /> : <HeroImage image={poster} />;
}

/**
 * The video's own still stands behind the play button (an outlet's picture
 * is often a banner); if it cannot load the button keeps its plain panel.
 */
function YoutubeEmbed({ id, title }: { id: string; title: string }) {
  const [playing, setPlaying] = useState(false);
  const still = useRemoteImage(youtubePoster(id));
  if (playing) {
    return (
      <div className="video">
        <iframe
          src={`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`}
          title={`Video: ${title}`}
          allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  return (
    <div className="video video--idle">
      {still.src && <img className="video__poster" {...still.imgProps} width={480} height={360} />}
      <button type="button" className="video__play" onClick={() => setPlaying(true)}>
        <span className="video__icon" aria-hidden="true">▶</span>
        <span>Play video</span>
        <span className="video__note">Loads from youtube-nocookie.com</span>
      </button>
    </div>
  );
}
