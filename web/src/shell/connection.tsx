import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** The live connection's state as the shell shows it; null when the screen has no live feed. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

interface Slot {
  state: ConnectionState | null;
  set: (state: ConnectionState | null) => void;
}

const ConnectionSlot = createContext<Slot>({ state: null, set: () => undefined });

export function ConnectionStateProvider({ children }: { children: ReactNode }) {
  const [state, set] = useState<ConnectionState | null>(null);
  return <ConnectionSlot.Provider value={{ state, set }}>{children}</ConnectionSlot.Provider>;
}

export function useConnectionState(): ConnectionState | null {
  return useContext(ConnectionSlot).state;
}

/** A live screen reports its connection state here while it is shown; leaving clears the slot. */
export function useReportConnectionState(state: ConnectionState | null): void {
  const { set } = useContext(ConnectionSlot);
  useEffect(() => {
    set(state);
  }, [state, set]);
  useEffect(() => () => set(null), [set]);
}
