/** Whether the device's main pointer is a finger (a phone, a tablet): hints then speak of taps, not clicks and wheels. */
export function touchFirst(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}
