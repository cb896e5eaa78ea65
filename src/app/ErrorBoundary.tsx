import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import i18next from 'i18next';

interface Props {
  children: ReactNode;
  /** Changing this (e.g. the route) clears a shown error so the worker can carry on elsewhere. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey?: string;
}

/**
 * An unexpected error shows a calm message instead of a blank screen. Sessions are kept: they
 * live in the store and storage, not in the component tree that failed.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only the error's message and the component stack: never the session's contents.
    console.error('Voicemap screen error:', error.message, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <div className="calm-error" role="alert">
        <h2>{t('error.title')}</h2>
        <p>{t('error.body')}</p>
        <div className="row">
          <button type="button" className="button button--primary" onClick={() => this.setState({ error: null })}>
            {t('error.tryAgain')}
          </button>
          <a className="button" href="#/">
            {t('error.home')}
          </a>
        </div>
      </div>
    );
  }
}
