import { CustomCallback, type CustomCallbackArgs } from '@tensorflow/tfjs-layers';
import { invalid } from '../internal/validate';

/** What `model.fit` needs of a callback instance (tfjs's BaseCallback). */
export interface CallbackInstance {
  setParams(params: unknown): void;
  setModel(model: unknown): void;
}

function isInstance(value: object): value is CallbackInstance {
  return (
    typeof (value as CallbackInstance).setParams === 'function' &&
    typeof (value as CallbackInstance).setModel === 'function'
  );
}

/**
 * Makes any mix of callbacks safe for `model.fit({ callbacks })`. tfjs looks only at the first
 * element: if it is a `tf.Callback`, plain `{ onEpochEnd }` objects later in the list crash
 * (`setParams is not a function`); if it is a plain object, every element is wrapped as a plain
 * object and instances such as `tf.callbacks.earlyStopping()` lose their `this`. This returns a
 * list of instances only, wrapping each plain object in tfjs's own `CustomCallback`.
 *
 * ```ts
 * callbacks: mixCallbacks(scheduler, tf.callbacks.earlyStopping(), { onEpochEnd: log })
 * ```
 */
export function mixCallbacks(
  ...callbacks: readonly (
    | CallbackInstance
    | CustomCallbackArgs
    | readonly (CallbackInstance | CustomCallbackArgs)[]
  )[]
): CustomCallback[] {
  const flat = callbacks.flat() as (CallbackInstance | CustomCallbackArgs)[];
  return flat.map((callback, i) => {
    if (typeof callback !== 'object' || callback === null) {
      invalid(
        `callbacks[${i}]`,
        callback,
        'must be a tf.Callback or an object of callback functions',
      );
    }
    // Instances pass through untouched; the return type is tfjs's, which accepts any BaseCallback.
    return (isInstance(callback) ? callback : new CustomCallback(callback)) as CustomCallback;
  });
}
