import { createContext, useContext, useEffect } from 'react';
import type { ReactNode } from 'react';
import { MotionConfig } from 'framer-motion';
import type { AccessSettings } from '../model/types';
import { DEFAULT_ACCESS } from '../model/types';
import { setChildSounds } from '../voice/sounds';
import { SwitchScanner } from './SwitchScanner';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';

const AccessContext = createContext<AccessSettings>(DEFAULT_ACCESS);

export function useAccess(): AccessSettings {
  return useContext(AccessContext);
}

/**
 * Wraps a child's screens in that child's access settings: bigger targets, a readable font,
 * high contrast, no motion, sounds, and switch scanning. The worker sets them per child.
 */
export function ChildAccess({ settings, className, children }: { settings?: AccessSettings; className: string; children: ReactNode }) {
  const access = { ...DEFAULT_ACCESS, ...settings };
  useEffect(() => {
    setChildSounds(access.sounds);
    return () => setChildSounds(true);
  }, [access.sounds]);
  const classes = [
    className,
    access.largerButtons && 'access--large',
    access.readableFont && 'access--readable',
    access.highContrast && 'access--contrast',
    access.fewerTools && 'access--fewer',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <AccessContext value={access}>
      <MotionConfig reducedMotion={access.reduceMotion ? 'always' : 'user'}>
        <div className={classes}>
          {children}
          {access.scanning !== 'off' && <SwitchScanner mode={access.scanning} />}
        </div>
      </MotionConfig>
    </AccessContext>
  );
}
