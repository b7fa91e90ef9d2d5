import { sqlMigration } from '../sql-migration.js';

export default sqlMigration(
  [
    // What a checkout asked the gateway for: the gateway's callback must name one of these orders,
    // and the amount it reports is checked against the one the server set here, never the client's.
    `CREATE TABLE payment_orders (
  -- The gateway's order id (the dummy gateway makes its own).
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  appointment_id uuid NOT NULL REFERENCES appointments (id),
  gateway text NOT NULL CHECK (length(gateway) BETWEEN 1 AND 50),
  amount integer NOT NULL CHECK (amount >= 0),
  currency char(3) NOT NULL,
  -- Who started the checkout: the payment is recorded as theirs.
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE INDEX payment_orders_by_appointment ON payment_orders (appointment_id)`,
  ],
  [`DROP TABLE payment_orders`],
);
