import { useState } from 'react';
import type { Image, Video } from '../../../shared/index-schema';
import { HeroImage } from './hero-image';

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Click to load: nothing from YouTube is requested until the reader asks, and
 * the iframe URL is built from the id alone on the privacy-enhanced host.
 */
export function VideoEmbed({ video, title, poster }: { video: Video; title: string; poster?: Image }) {
  const [playing, setPlaying] = useState(false);
  if (!SAFE_ID.test(video.id)) return <HeroImage image={poster} />;
  if (playing) {
    return (
      <div className="video">
        <iframe
          src={`https://www.youtube-nocookie.com/embed/${video.id}?autoplay=1`}
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
      <button type="button" className="video__play" onClick={() => setPlaying(true)}>
        <span className="video__icon" aria-hidden="true">▶</span>
        <span>Play video</span>
        <span className="video__note">Loads from youtube-nocookie.com</span>
      </button>
    </div>
  );
}
