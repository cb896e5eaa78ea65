/**
 * Page transitions: a short, soft fade. framer-motion's MotionConfig (reducedMotion="user")
 * turns them off when the device asks for reduced motion.
 */
export const pageTransition = {
  initial: { opacity: 0 },
  animate: { opacity: 1 },
  exit: { opacity: 0 },
  transition: { duration: 0.18 },
} as const;
