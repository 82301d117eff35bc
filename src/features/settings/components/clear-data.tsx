import { useEffect, useId, useRef, useState } from 'react';
import { densitySetting } from '../../../lib/density';
import { useReaderStore } from '../../../lib/reader-state/hooks';
import { themeSetting } from '../../../lib/theme';

type Step = 'idle' | 'confirm' | 'clearing' | 'cleared';

/**
 * Forgets everything this browser keeps for the reader, in this tab and the
 * others: read marks, saved articles, follows, mutes, the last visit, the
 * theme and the density. A second, explicit step, since nothing brings it back.
 */
export function ClearData({ onCleared }: { onCleared: () => void }) {
  const store = useReaderStore();
  const [step, setStep] = useState<Step>('idle');
  const headingId = useId();
  const questionId = useId();
  const startButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirm') confirmButton.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      startButton.current?.focus();
    }
  }, [step]);

  const clear = async () => {
    setStep('clearing');
    densitySetting.choose(null);
    themeSetting.choose(null);
    await store.clearAll();
    onCleared();
    returnFocus.current = true;
    setStep('cleared');
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Your data</h2>
      <p className="settings-section__intro">
        Heatline keeps what you read, save, follow and mute, and how pages look, in this browser only: there is no
        account and nothing is sent anywhere.
      </p>
      {step === 'confirm' || step === 'clearing' ? (
        <div className="clear-confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>
            Clear your read marks, saved articles, follows, mutes and display settings in this browser? This cannot be
            undone.
          </p>
          <div className="clear-confirm__buttons">
            <button
              ref={confirmButton}
              type="button"
              className="button button--primary"
              disabled={step === 'clearing'}
              onClick={() => void clear()}
            >
              Yes, clear my data
            </button>
            <button
              type="button"
              className="button"
              disabled={step === 'clearing'}
              onClick={() => {
                returnFocus.current = true;
                setStep('idle');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={startButton} type="button" className="button" onClick={() => setStep('confirm')}>
          Clear my data
        </button>
      )}
      <p role="status" className="settings-status">
        {step === 'cleared' ? 'Your data is cleared from this browser.' : ''}
      </p>
    </section>
  );
}
