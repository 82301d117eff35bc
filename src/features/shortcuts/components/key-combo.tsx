import { Fragment } from 'react';

/** One way to press a shortcut: `g` then `h`. */
function KeySequence({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((key, i) => (
        <Fragment key={i}>
          {i > 0 && ' then '}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/** Every way to press a shortcut: `o` or `Enter`. */
export function KeyCombo({ keys }: { keys: readonly (readonly string[])[] }) {
  return (
    <>
      {keys.map((sequence, i) => (
        <Fragment key={i}>
          {i > 0 && ' or '}
          <KeySequence keys={sequence} />
        </Fragment>
      ))}
    </>
  );
}
