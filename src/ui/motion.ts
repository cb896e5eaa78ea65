/**
 * Page transitions: a short, soft fade in. No exit animation, so the old page is gone at once
 * and there is never a second drawing area on screen. framer-motion's MotionConfig
 * (reducedMotion="user") turns it off when the device asks for reduced motion.
 */
export const pageTransition = {
  initial: { opacity: 0 },
  animate: { opacity: 1 },
  transition: { duration: 0.18 },
} as const;
