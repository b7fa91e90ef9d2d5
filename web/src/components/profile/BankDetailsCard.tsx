import { type FormEvent, useState } from 'react';
import { api, must, type Provider } from '../../api/client';
import { ErrorMessage } from '../ui';
import { ConfirmButton, Saved, useAction } from '../admin/forms';

type Details = NonNullable<Provider['bank_details']>;

/**
 * Bank details as the API gives them (masked but for the last four characters); "Reveal" asks the
 * server for them in clear, which it records in the audit trail, and "Hide" forgets them again.
 */
export function BankDetailsCard({ provider, onSaved }: { provider: Provider; onSaved: (p: Provider) => void }) {
  const [revealed, setRevealed] = useState<Details | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const reveal = useAction();
  const details = revealed ?? provider.bank_details ?? null;

  return (
    <section className="card" aria-labelledby="bank-title">
      <h2 id="bank-title">Bank details</h2>
      <p className="hint">Used to pay you. Shown masked; only you can reveal them, and each reveal is recorded.</p>
      {details ? (
        <dl className="details bank" aria-label="Bank details" data-testid="bank-details">
          <dt>PAN</dt>
          <dd className="mono">{details.pan}</dd>
          <dt>Account number</dt>
          <dd className="mono">{details.account_number}</dd>
          <dt>IFSC</dt>
          <dd className="mono">{details.ifsc}</dd>
        </dl>
      ) : (
        <p className="empty">No bank details yet.</p>
      )}
      <ErrorMessage error={reveal.error} title="Could not reveal them" />
      <Saved show={Boolean(notice)}>{notice}</Saved>
      <div className="actions wrap">
        {details && !revealed && (
          <button type="button" className="secondary" disabled={reveal.busy} onClick={() => void reveal.run(async () => setRevealed(await must(api.POST('/api/v1/providers/{id}/bank-details/reveal', { params: { path: { id: provider.id } } }))))}>
            {reveal.busy ? 'Revealing…' : 'Reveal'}
          </button>
        )}
        {revealed && (
          <button type="button" className="secondary" onClick={() => setRevealed(null)}>
            Hide
          </button>
        )}
        {!editing && (
          <button type="button" className="secondary" onClick={() => (setEditing(true), setNotice(null))}>
            {details ? 'Change bank details' : 'Add bank details'}
          </button>
        )}
        {details && !editing && (
          <ConfirmButton
            label="Remove"
            ariaLabel="Remove bank details"
            title="Remove your bank details?"
            confirm="Remove bank details"
            onConfirm={async () => {
              onSaved(await must(api.PATCH('/api/v1/providers/{id}', { params: { path: { id: provider.id } }, body: { bank_details: null } })));
              setRevealed(null);
              setNotice('Bank details removed.');
            }}
          >
            Payments to you cannot be made until you enter them again.
          </ConfirmButton>
        )}
      </div>
      {editing && (
        <BankDetailsForm
          provider={provider}
          onCancel={() => setEditing(false)}
          onSaved={(p) => {
            setNotice('Bank details saved.');
            setRevealed(null);
            setEditing(false);
            onSaved(p);
          }}
        />
      )}
    </section>
  );
}

function BankDetailsForm({ provider, onSaved, onCancel }: { provider: Provider; onSaved: (p: Provider) => void; onCancel: () => void }) {
  const [pan, setPan] = useState('');
  const [account, setAccount] = useState('');
  const [ifsc, setIfsc] = useState('');
  const { run, busy, error } = useAction();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () =>
      onSaved(await must(api.PATCH('/api/v1/providers/{id}', { params: { path: { id: provider.id } }, body: { bank_details: { pan, account_number: account, ifsc } } }))),
    );
  };
  return (
    <form onSubmit={save} className="stack inset-form" aria-label="Enter bank details">
      <label>
        PAN
        <input value={pan} onChange={(e) => setPan(e.target.value.toUpperCase())} required maxLength={10} autoComplete="off" placeholder="AAAAA9999A" spellCheck={false} />
      </label>
      <label>
        Account number
        <input value={account} onChange={(e) => setAccount(e.target.value)} required inputMode="numeric" maxLength={18} autoComplete="off" placeholder="9 to 18 digits" />
      </label>
      <label>
        IFSC
        <input value={ifsc} onChange={(e) => setIfsc(e.target.value.toUpperCase())} required maxLength={11} autoComplete="off" placeholder="AAAA0XXXXXX" spellCheck={false} />
      </label>
      <ErrorMessage error={error} title="Not saved" />
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save bank details'}
        </button>
      </div>
    </form>
  );
}
