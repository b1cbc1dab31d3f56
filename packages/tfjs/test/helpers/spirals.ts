/**
 * Two interleaved spiral arms (class 0 and class 1, half a turn apart) with Gaussian noise: the
 * demo's task (apps/demo/src/data/spirals.ts), drawn here from a small seeded generator so the
 * package's tests need nothing from the apps.
 */
export function spiralPoints(pointsPerClass: number, seed: number) {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const count = pointsPerClass * 2;
  const x = new Float32Array(count * 2);
  const y = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    const radius = Math.sqrt(random()) * 0.95 + 0.05;
    const angle = radius * 1.25 * 2 * Math.PI + label * Math.PI;
    x[2 * i] = radius * Math.cos(angle) + 0.1 * gauss();
    x[2 * i + 1] = radius * Math.sin(angle) + 0.1 * gauss();
    y[i] = label;
  }
  return { x, y, count };
}
