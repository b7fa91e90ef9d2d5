// Generated from /openapi.json by scripts/openapi-types.mjs (openapi-typescript). Do not edit: run `npm run sdk:generate`.

export interface paths {
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (never their secrets) */
        get: operations["getApiV1ApiKeys"];
        put?: never;
        /**
         * Create an API key for a trusted service
         * @description The key (`cb_…`) is in this answer only; it is stored hashed. A key acts as staff within its scopes: `appointments:read`, `appointments:write`, `schedule:read`, `schedule:write`, `people:read`, `people:write`, `catalog:read`, `catalog:write`, `payments:read`, `payments:write`. Each operation in this document names the scope it needs (`x-api-key-scope`); without it a key gets 403 `insufficient_scope`. User accounts, webhooks, API keys, the audit trail and personal feeds take no key.
         */
        post: operations["postApiV1ApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (at once) */
        delete: operations["deleteApiV1ApiKeysById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List appointments you can see
         * @description Patients see their own, providers their own, staff and admins all. `status` and `provider` may repeat; `search` matches patient and provider names.
         */
        get: operations["getApiV1Appointments"];
        put?: never;
        /**
         * Book an appointment
         * @description A patient books for themself with any active provider; a provider books for themself with any patient; staff and admins name both. `end_time` is `start_time` plus the sum of the topics' durations. A time that overlaps another held, scheduled or in-progress appointment of the provider, the patient or a single-room facility is refused with 409 `slot_unavailable`. A patient's booking of a priced visit starts as a hold (`pending_payment`, see `hold_expires_at`) until paid (`POST /appointments/{id}/checkout`, then the payment gateway). A patient's booking with a provider or topic that has `requires_confirmation` starts as `requested` until the provider approves it. With `recurrence: {rrule}` it books a series (at most 52 occurrences, wall-clock times in the facility's else the provider's zone): all or nothing (409 `series_unavailable` listing each refused date), or with `skip_conflicts: true` the free ones, listing the rest in `skipped`.
         */
        post: operations["postApiV1Appointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an appointment, with its payment state and notifications sent */
        get: operations["getApiV1AppointmentsById"];
        /**
         * Full update: time, topics, place, notes (and, for staff, provider or patient)
         * @description The old time is freed and the new one taken in one transaction, under the same checks as a booking.
         */
        put: operations["putApiV1AppointmentsById"];
        post?: never;
        /**
         * Cancel (the appointment stays, with its history)
         * @description Same as `POST /appointments/{id}/cancel`, with `reason` and `on_behalf_of` in the query. Staff and admins cancel on the patient's behalf unless `on_behalf_of=provider`; either way the appointment records who did it (`cancellation.by_user`, `by_role`) and on whose behalf (`cancellation.by`).
         */
        delete: operations["deleteApiV1AppointmentsById"];
        options?: never;
        head?: never;
        /**
         * Change status or provider notes
         * @description Patients may only set `status` to `user_canceled`. Providers may set `provider_notes` and `status` to `provider_canceled`, `in_progress`, `completed` or `no_show`. A change the role may never make is 403; a change not allowed from the current status is 409 `invalid_transition`.
         */
        patch: operations["patchApiV1AppointmentsById"];
        trace?: never;
    };
    "/api/v1/appointments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a requested appointment
         * @description A `requested` appointment becomes `scheduled`, or `pending_payment` (held HOLD_MINUTES for its payment) when priced. Anything else is 409 `invalid_transition`.
         */
        post: operations["postApiV1AppointmentsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an appointment
         * @description A patient's cancel is `user_canceled`, a provider's `provider_canceled`; staff and admins send `on_behalf_of`. Patients cannot cancel inside the cut-off (409 `too_late_to_cancel`).
         */
        post: operations["postApiV1AppointmentsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/check-conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What overlaps this appointment on the provider, patient and facility calendars */
        post: operations["postApiV1AppointmentsByIdCheckConflicts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start paying for a hold: an order for the price, and where to pay it
         * @description The amount is the server's (the price of the hold). Send the patient to `payment_url`; the gateway reports the payment to `POST /payments`. A hold that lapsed is 409 `hold_expired`, a paid one 409 `already_paid`, one not awaiting payment 409 `payment_not_expected`; someone else's appointment is 404.
         */
        post: operations["postApiV1AppointmentsByIdCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the visit
         * @description At most `START_LEAD_MINUTES` (default 30) before the visit's start (earlier is 409 `not_started_yet`).
         */
        post: operations["postApiV1AppointmentsByIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a requested appointment
         * @description A `requested` appointment becomes `declined` and frees its time; the patient is told the `reason`.
         */
        post: operations["postApiV1AppointmentsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An appointment's history: every change, who made it and when */
        get: operations["getApiV1AppointmentsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/mark-no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the patient did not come (seed 001 name)
         * @description Only once the visit was due to start (earlier is 409 `not_started_yet`).
         */
        post: operations["postApiV1AppointmentsByIdMarkNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the patient did not come
         * @description Only once the visit was due to start (earlier is 409 `not_started_yet`).
         */
        post: operations["postApiV1AppointmentsByIdNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an appointment to a new time (and optionally new topics)
         * @description Frees the old time and takes the new one in one transaction, checked against availability and conflicts; the history keeps both.
         */
        post: operations["postApiV1AppointmentsByIdReschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the visit (in_progress)
         * @description At most `START_LEAD_MINUTES` (default 30) before the visit's start (earlier is 409 `not_started_yet`).
         */
        post: operations["postApiV1AppointmentsByIdStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/by-patient/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's appointments (those you may see) */
        get: operations["getApiV1AppointmentsByPatientById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/by-provider/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's appointments (those you may see) */
        get: operations["getApiV1AppointmentsByProviderById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your upcoming appointments (held or scheduled, starting after now) */
        get: operations["getApiV1AppointmentsUpcoming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail: every write and every reveal of bank details, newest first (admins)
         * @description Each entry is written in the transaction of the change it records: who (a user or an API key; `system` for the worker), what (route, record, changed fields), when, and from which address.
         */
        get: operations["getApiV1Audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim the account a clinic invited you to: set a password with the emailed code, and be signed in
         * @description For a patient staff created without an account (POST /patients/{id}/invite sent the code). A bad code is 400 `invalid_code`.
         */
        post: operations["postApiV1AuthClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password reset code
         * @description Limited like resend-code. The answer is the same whether or not the address has an account (no enumeration), after the same hashing work.
         */
        post: operations["postApiV1AuthForgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: the refresh token and every token rotated from it stop working
         * @description Always 204, whether or not the token was known. The access token lasts until it expires (JWT_TTL_SECONDS); drop it.
         */
        post: operations["postApiV1AuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new access token and refresh token
         * @description Each refresh token works once. Presenting one that was already used is 401 `refresh_token_reused` and signs out every session that descends from the same sign-in. An expired or revoked token, one issued before a password change, or a deactivated account is 401 `unauthorized`.
         */
        post: operations["postApiV1AuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up as a patient or visitor: an unconfirmed account, and a 6-digit code by email
         * @description A visitor and a patient get the same kind of account (role `patient`); `type` records which they chose. The answer is the same whether or not the address has an account (no enumeration), after the same hashing work. Until the code is entered (POST /auth/verify-email) the account can sign in but not book or change its profile (403 `email_not_verified`).
         */
        post: operations["postApiV1AuthRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a new confirmation code (the earlier one stops working)
         * @description At most one a minute and 5 an hour per account; past that nothing is sent, and the answer is still 202. The answer is the same whether or not the address has an account (no enumeration), after the same hashing work.
         */
        post: operations["postApiV1AuthResendCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the emailed reset code; every session ends
         * @description Every access and refresh token issued before stops working; sign in again. A bad code is 400 `invalid_code`. The answer is the same whether or not the address has an account (no enumeration), after the same hashing work.
         */
        post: operations["postApiV1AuthResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange email and password for a bearer token */
        post: operations["postApiV1AuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email address with the emailed code
         * @description Codes last 10 minutes; 5 wrong tries end one. A wrong, expired or used-up code, and an unknown address, are all 400 `invalid_code`. The answer is the same whether or not the address has an account (no enumeration), after the same hashing work.
         */
        post: operations["postApiV1AuthVerifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List facilities */
        get: operations["getApiV1Facilities"];
        put?: never;
        /**
         * Create a facility (clinic, hospital, practice location)
         * @description `operating_hours` are wall-clock ranges in the facility's `timezone`; several per day are allowed, a weekday without any is closed, and an empty list means no restriction. `closures` are whole local days. `appointment_minutes` and `align_minutes` make every visit there a fixed length starting on that alignment (e.g. 60 and 60: one hour, on the hour).
         */
        post: operations["postApiV1Facilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a facility */
        get: operations["getApiV1FacilitiesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a facility */
        patch: operations["patchApiV1FacilitiesById"];
        trace?: never;
    };
    "/api/v1/manage/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a manage link shows: the appointment, and what the link allows
         * @description Opening a link (any of the three) changes nothing and may be repeated. Refusals: 404 `link_not_found` (not a link of ours), 403 `link_wrong_action` (the link is for another action), 410 `link_used` (it worked once already), 410 `link_superseded` (the appointment changed since the email), 410 `link_expired` (past the patient cut-off; a view link: past the end).
         */
        get: operations["getApiV1ManageByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the appointment with its email's cancel link (once, as its patient)
         * @description The patient's own cancellation rules apply (the cut-off; 409 `too_late_to_cancel`, `invalid_transition`). A refused cancellation leaves the link usable. Refusals: 404 `link_not_found` (not a link of ours), 403 `link_wrong_action` (the link is for another action), 410 `link_used` (it worked once already), 410 `link_superseded` (the appointment changed since the email), 410 `link_expired` (past the patient cut-off; a view link: past the end).
         */
        post: operations["postApiV1ManageByTokenCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the appointment with its email's reschedule link (once, as its patient)
         * @description The patient's own reschedule rules apply: the cut-off (409 `too_late_to_reschedule`), the price rule, every booking check (`slot_unavailable`, `outside_availability`, …). A refused move leaves the link usable; a new confirmation with new links follows a move. Refusals: 404 `link_not_found` (not a link of ours), 403 `link_wrong_action` (the link is for another action), 410 `link_used` (it worked once already), 410 `link_superseded` (the appointment changed since the email), 410 `link_expired` (past the patient cut-off; a view link: past the end).
         */
        post: operations["postApiV1ManageByTokenReschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free times on one day that the appointment of a reschedule link could move to
         * @description `date` is a day (YYYY-MM-DD) in the appointment's zone. The same search a patient runs: same provider, topics, place and mode; the current time is left out. Refusals: 404 `link_not_found` (not a link of ours), 403 `link_wrong_action` (the link is for another action), 410 `link_used` (it worked once already), 410 `link_superseded` (the appointment changed since the email), 410 `link_expired` (past the patient cut-off; a view link: past the end).
         */
        get: operations["getApiV1ManageByTokenSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I */
        get: operations["getApiV1Me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether my calendar feed is on, and since when (its URL is shown only when issued) */
        get: operations["getApiV1MeCalendarFeed"];
        put?: never;
        /**
         * Turn on my calendar feed, or rotate its secret URL (the previous URL stops working)
         * @description Answers the feed URL (`/ical/{token}.ics`) once; only a hash of the token is kept.
         */
        post: operations["postApiV1MeCalendarFeed"];
        /** Turn off my calendar feed (its URL stops working) */
        delete: operations["deleteApiV1MeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything Carebook holds about you, as JSON
         * @description Your account, your patient record (decrypted), your appointments, the notifications sent to you (account emails without their codes) and the payments for your appointments.
         */
        get: operations["getApiV1MeExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password (needs the current one); every token issued before stops working
         * @description Answers a new access token for this session. A wrong `current_password` is 422 on that field.
         */
        post: operations["postApiV1MePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notification channels
         * @description In-app notifications always arrive; email and SMS can be switched off. SMS needs a phone number on your account.
         */
        get: operations["getApiV1MePreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Choose your notification channels */
        patch: operations["patchApiV1MePreferences"];
        trace?: never;
    };
    "/api/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your registration details (a patient's; 404 for an account without a patient record) */
        get: operations["getApiV1MeProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your registration details (the email stays: it is the account)
         * @description 403 `email_not_verified` until the email is confirmed.
         */
        patch: operations["patchApiV1MeProfile"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your in-app notifications, newest first
         * @description Every appointment event that concerns you (booked, moved, canceled and by whom, reminders, …). `unread=true` lists only those not yet marked read.
         */
        get: operations["getApiV1Notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one notification read
         * @description Marking it again keeps the first read time. Someone else's notification is 404.
         */
        post: operations["postApiV1NotificationsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["postApiV1NotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live stream of your new in-app notifications (Server-Sent Events)
         * @description `text/event-stream`: each new notification arrives as `event: notification` with the feed item as JSON in `data` and its cursor in `id`. Reconnect with `Last-Event-ID` to receive what was missed. Comment lines every 15 s keep the connection open; the server ends a stream after 15 minutes and clients reconnect. Authenticate with the Authorization header, or with `?ticket=` from `POST /api/v1/notifications/stream-tickets` where headers cannot be set.
         */
        get: operations["getApiV1NotificationsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A ticket to open your notification stream without an Authorization header
         * @description A browser's `EventSource` cannot send headers: open `/api/v1/notifications/stream?ticket=<ticket>` instead. The ticket lasts 60 seconds and opens the stream only; ask for a new one before each reconnect.
         */
        post: operations["postApiV1NotificationsStreamTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List patients (a patient sees only themself) */
        get: operations["getApiV1Patients"];
        put?: never;
        /** Create a patient and their user account */
        post: operations["postApiV1Patients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a patient */
        get: operations["getApiV1PatientsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a patient (staff, admin, or the patient themself) */
        patch: operations["patchApiV1PatientsById"];
        trace?: never;
    };
    "/api/v1/patients/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a patient */
        post: operations["postApiV1PatientsByIdActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a patient */
        post: operations["postApiV1PatientsByIdDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a patient: their identity goes, their appointments stay for the provider's records
         * @description Removes the email, name, phone, password, date of birth and registration details; the account can never sign in again and the patient is 404 everywhere. Appointments stay (attributed to "Erased patient", without the patient's own words); the patient's notifications, codes and sessions are deleted.
         */
        post: operations["postApiV1PatientsByIdErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a patient without an account (a walk-in) to claim one: a code by email
         * @description The person claims it with POST /auth/claim. 409 `already_claimed` for a patient who has an account, 409 `email_taken` for an address another account has.
         */
        post: operations["postApiV1PatientsByIdInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payments (staff and admins) */
        get: operations["getApiV1Payments"];
        put?: never;
        /**
         * Confirm a payment for a hold (the payment gateway's callback)
         * @description Called by the gateway, not by users: `payment-gateway-signature: v1=<hex HMAC-SHA256 of "{timestamp}.{body}" with PAYMENT_GATEWAY_SECRET>` and `payment-gateway-timestamp: <Unix seconds>`, at most 5 minutes off; anything else is 401. The order must be one a checkout opened for the appointment (422 `unknown_order`) and the amount its amount (422 `amount_mismatch`). On success the appointment becomes `scheduled` and the provider is notified. Idempotent by `payment_id`: repeating the call returns the same answer. A lapsed hold is 409 `hold_expired`.
         */
        post: operations["postApiV1Payments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List providers */
        get: operations["getApiV1Providers"];
        put?: never;
        /** Create a provider and their user account (admins) */
        post: operations["postApiV1Providers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a provider */
        get: operations["getApiV1ProvidersById"];
        put?: never;
        post?: never;
        /**
         * Deactivate a provider (seed 002's delete)
         * @description The same as `POST /providers/{id}/deactivate`: the provider can no longer be booked or sign in, and their appointments, hours and history stay. `POST /providers/{id}/activate` undoes it.
         */
        delete: operations["deleteApiV1ProvidersById"];
        options?: never;
        head?: never;
        /** Update a provider (staff, admin, or the provider themself) */
        patch: operations["patchApiV1ProvidersById"];
        trace?: never;
    };
    "/api/v1/providers/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a provider (an inactive provider cannot be booked or log in) */
        post: operations["postApiV1ProvidersByIdActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's availability rules (weekly and dated) */
        get: operations["getApiV1ProvidersByIdAvailability"];
        put?: never;
        /**
         * Add an availability rule
         * @description Weekly `{weekday, start, end, facility?, valid_from?, valid_until?}` or one date `{date, start, end, facility?}`. Wall-clock times in the facility's time zone, else the provider's. A rule at a facility must lie within its operating hours on every day it applies (422 `outside_operating_hours`). Admins, staff and the provider themself may write.
         */
        post: operations["postApiV1ProvidersByIdAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/availability/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an availability rule */
        delete: operations["deleteApiV1ProvidersByIdAvailabilityByItemId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/availability/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Can this time be booked? If not, every reason
         * @description Reasons: `facility_closed`, `outside_operating_hours`, `outside_availability`, `time_off`, `calendar_busy`, `calendar_unavailable`, `conflict`, `too_soon`, `too_far_ahead`, `off_grid`, `provider_inactive`, `not_at_facility`.
         */
        get: operations["getApiV1ProvidersByIdAvailabilityExplain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/bank-details/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reveal bank details in clear (the practitioner themself; recorded in the audit trail)
         * @description Everyone else who may see them (admins) gets them masked on the profile. Set them with `bank_details` on PATCH /providers/{id}.
         */
        post: operations["postApiV1ProvidersByIdBankDetailsReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/calendar-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** What a broken linked calendar means: `block` (offer no time until it reads again) or `warn` (offer time, with a warning) */
        put: operations["putApiV1ProvidersByIdCalendarPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's linked calendars with their health, and the policy for a broken one */
        get: operations["getApiV1ProvidersByIdCalendars"];
        put?: never;
        /**
         * Link an external calendar by its ICS address; it is fetched at once and then on a schedule
         * @description Private, loopback and link-local addresses are refused unless ALLOW_PRIVATE_CALENDAR_URLS=true. The address is stored encrypted and never shown again (only its host).
         */
        post: operations["postApiV1ProvidersByIdCalendars"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/calendars/{calendarId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One linked calendar and its health */
        get: operations["getApiV1ProvidersByIdCalendarsByCalendarId"];
        put?: never;
        post?: never;
        /** Unlink a calendar (its busy time goes with it) */
        delete: operations["deleteApiV1ProvidersByIdCalendarsByCalendarId"];
        options?: never;
        head?: never;
        /** Rename a linked calendar (to change its address, unlink it and link the new one) */
        patch: operations["patchApiV1ProvidersByIdCalendarsByCalendarId"];
        trace?: never;
    };
    "/api/v1/providers/{id}/calendars/{calendarId}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch a linked calendar now */
        post: operations["postApiV1ProvidersByIdCalendarsByCalendarIdSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a provider (an inactive provider cannot be booked or log in) */
        post: operations["postApiV1ProvidersByIdDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/picture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An active practitioner's picture (public, for <img>)
         * @description Served as image/webp. With `?v=` equal to the current version (as in the profile's `picture` URL) it is cacheable for a year (immutable); otherwise it is revalidated with its ETag.
         */
        get: operations["getApiV1ProvidersByIdPicture"];
        put?: never;
        /**
         * Upload the practitioner's picture (the practitioner, staff or admins)
         * @description multipart/form-data with one file field named `file`: a JPEG, PNG or WebP of at most 2 MB, recognised by its bytes (not its name). It is re-encoded (WebP, at most 512×512, metadata removed) and stored in the database; the answer gives its URL.
         */
        post: operations["postApiV1ProvidersByIdPicture"];
        /** Remove the practitioner's picture */
        delete: operations["deleteApiV1ProvidersByIdPicture"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's time off (the provider, staff and admins) */
        get: operations["getApiV1ProvidersByIdTimeOff"];
        put?: never;
        /** Add time off (removes that time from availability) */
        post: operations["postApiV1ProvidersByIdTimeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/time-off/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove time off */
        delete: operations["deleteApiV1ProvidersByIdTimeOffByItemId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Calendar view: availability expanded to instants, plus appointments
         * @description Filter by `from`/`to` (local dates, at most 62 days), `provider` (repeatable) and `facility`. Appointments are limited to those the caller may see. With `facility`, `opening_hours` lists the facility's open hours on those dates (closures left out).
         */
        get: operations["getApiV1Schedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recurring series with its occurrences */
        get: operations["getApiV1SeriesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/series/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel one occurrence, it and the following ones, or all
         * @description Occurrences already over or canceled are left as they are. Staff and admins send `on_behalf_of`.
         */
        post: operations["postApiV1SeriesByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/series/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move one occurrence, it and the following ones, or all
         * @description The named occurrence moves to `start_time`; the others in scope move by as many days, to the same local time of day. All or nothing: a refusal is 409 `series_unavailable` listing each refused date.
         */
        post: operations["postApiV1SeriesByIdReschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find free slots
         * @description `provider` (repeatable, up to 50), `from`/`to` local dates (or `date` for one day, at most 62 days), and `duration` in minutes or `topics=ID,ID`; optional `facility`, `mode` and `timezone` (how the dates are read). Respects availability, opening hours, closures, time off, busy time of linked calendars, existing appointments, buffers, notice, horizon and alignment. Results are in time order. With `recurrence` (an RRULE such as `FREQ=WEEKLY;COUNT=6`), only the starts that are free on every occurrence of that series. When the providers have linked calendars, `calendars` gives each one's health (`ok`, `stale`, `broken` with its error and last good fetch) and `warnings` the ones that are not ok.
         */
        get: operations["getApiV1Slots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List topics */
        get: operations["getApiV1Topics"];
        put?: never;
        /** Create a topic (what a visit is about, and how long it lasts) */
        post: operations["postApiV1Topics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a topic */
        get: operations["getApiV1TopicsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a topic (existing appointments keep their end time) */
        patch: operations["patchApiV1TopicsById"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["getApiV1Users"];
        put?: never;
        /** Create a staff member or admin */
        post: operations["postApiV1Users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getApiV1UsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user (name, phone, password, active; a patient's timezone) */
        patch: operations["patchApiV1UsersById"];
        trace?: never;
    };
    "/api/v1/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your waitlist entries (staff: all; providers: those naming them), with any current offer */
        get: operations["getApiV1Waitlist"];
        put?: never;
        /**
         * Join the waitlist
         * @description Wait for a provider (or, with `topic`, any provider) between `from` and `to`, optionally at `times_of_day` (local to the provider). When time comes free the first entry in order (priority, higher first, then join time) is offered it: the time is held for WAITLIST_OFFER_MINUTES (default 30) and the patient is notified.
         */
        post: operations["postApiV1Waitlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Leave the waitlist (a pending offer is given up) */
        delete: operations["deleteApiV1WaitlistById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the current offer (books it; a priced visit is then held for payment)
         * @description A lapsed offer is 409 `offer_expired`; an entry without an offer is 409 `no_offer`.
         */
        post: operations["postApiV1WaitlistByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the current offer; the entry keeps waiting and the time goes to the next entry */
        post: operations["postApiV1WaitlistByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook subscriptions, with their health */
        get: operations["getApiV1Webhooks"];
        put?: never;
        /**
         * Subscribe a URL to appointment events
         * @description Each event is POSTed as JSON `{type: "appointment.<event>", timestamp, data}` and signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`). Non-2xx answers are retried with exponential backoff; after repeated failures the subscription shows `status: failing` but keeps receiving retries. The `secret` is returned only in this response.
         */
        post: operations["postApiV1Webhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook subscription */
        get: operations["getApiV1WebhooksById"];
        put?: never;
        post?: never;
        /** Delete a subscription and its delivery log */
        delete: operations["deleteApiV1WebhooksById"];
        options?: never;
        head?: never;
        /** Change a subscription: URL, events, description, or switch it off and on */
        patch: operations["patchApiV1WebhooksById"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every delivery attempt to this subscription, newest first */
        get: operations["getApiV1WebhooksByIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{delivery_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message again
         * @description Names the message by a delivery attempt id or by its notification id. It is queued at once with a fresh attempt budget and keeps its `webhook-id`, so a receiver can tell a repeat. 409 `delivery_in_progress` while an attempt is running.
         */
        post: operations["postApiV1WebhooksByIdDeliveriesByDeliveryIdReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: Search the appointments the caller may see */
        get: operations["getFhirR4Appointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Appointment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: An appointment the caller may see */
        get: operations["getFhirR4AppointmentById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Appointment/$book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * FHIR IHE $book: book a proposed appointment, or confirm a held one (its id)
         * @description The body is a Parameters resource with `appointment-resource`: an Appointment (start, end, participants Practitioner/Patient/Location, serviceType topics).
         */
        post: operations["postFhirR4AppointmentBook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Appointment/$find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR IHE $find: free times as proposed Appointments */
        get: operations["getFhirR4AppointmentFind"];
        put?: never;
        /** FHIR IHE $find: free times as proposed Appointments (Parameters in the body) */
        post: operations["postFhirR4AppointmentFind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Appointment/$hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * FHIR IHE $hold: keep a time as a pending appointment for HOLD_MINUTES
         * @description The body is a Parameters resource with `appointment-resource`: an Appointment (start, end, participants Practitioner/Patient/Location, serviceType topics).
         */
        post: operations["postFhirR4AppointmentHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: Search facilities */
        get: operations["getFhirR4Location"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Location/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: A facility */
        get: operations["getFhirR4LocationById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR CapabilityStatement (no token needed) */
        get: operations["getFhirR4Metadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Patient": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: Search patients (a patient finds only themself) */
        get: operations["getFhirR4Patient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Patient/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: A patient (a patient reads only themself) */
        get: operations["getFhirR4PatientById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Practitioner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: Search providers */
        get: operations["getFhirR4Practitioner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Practitioner/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: A provider */
        get: operations["getFhirR4PractitionerById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: Search schedules */
        get: operations["getFhirR4Schedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Schedule/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: A provider's schedule (one per provider; its actors are the practitioner and their locations) */
        get: operations["getFhirR4ScheduleById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Slot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: A schedule's free and busy slots */
        get: operations["getFhirR4Slot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fhir/R4/Slot/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR: A computed slot, computed again (free or busy) */
        get: operations["getFhirR4SlotById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ical/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar feed (text/calendar, RFC 5545): the owner's upcoming appointments */
        get: operations["getIcalByTokenIc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format); bearer METRICS_TOKEN or an admin token */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and every migration is applied (503 otherwise) */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Appointment: {
            appointment_type: string | null;
            cancellation: {
                at: string | null;
                /** @enum {string} */
                by: "patient" | "provider";
                by_role: ("admin" | "staff" | "provider" | "patient") | null;
                by_user: string | null;
                reason: string | null;
            } | null;
            created_at: string;
            created_by: string | null;
            duration_minutes: number;
            end_time: string;
            facility: string | null;
            facility_name: string | null;
            hold_expires_at: string | null;
            /** Format: uuid */
            id: string;
            is_upcoming: boolean;
            mode: ("in_person" | "phone" | "video") | null;
            /** Format: uuid */
            patient: string;
            patient_name: string;
            payment: {
                paid_at: string | null;
                payment_id: string | null;
                /** @enum {string} */
                status: "not_required" | "pending" | "paid" | "expired" | "unpaid";
            };
            price: {
                amount: number;
                currency: string;
            } | null;
            /** Format: uuid */
            provider: string;
            provider_name: string;
            provider_notes: string | null;
            reason: string | null;
            request_expires_at: string | null;
            series_id: string | null;
            start_time: string;
            /** @enum {string} */
            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "requested" | "declined" | "offered";
            topic_details: {
                duration: number;
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            topics: string[];
            updated_at: string;
        };
        AppointmentDetail: {
            appointment_type: string | null;
            cancellation: {
                at: string | null;
                /** @enum {string} */
                by: "patient" | "provider";
                by_role: ("admin" | "staff" | "provider" | "patient") | null;
                by_user: string | null;
                reason: string | null;
            } | null;
            created_at: string;
            created_by: string | null;
            duration_minutes: number;
            end_time: string;
            facility: string | null;
            facility_name: string | null;
            hold_expires_at: string | null;
            /** Format: uuid */
            id: string;
            is_upcoming: boolean;
            mode: ("in_person" | "phone" | "video") | null;
            notifications_sent: {
                channel: string;
                event: string;
                recipient: string;
                sent_at: string | null;
                status: string;
            }[];
            /** Format: uuid */
            patient: string;
            patient_name: string;
            payment: {
                paid_at: string | null;
                payment_id: string | null;
                /** @enum {string} */
                status: "not_required" | "pending" | "paid" | "expired" | "unpaid";
            };
            price: {
                amount: number;
                currency: string;
            } | null;
            /** Format: uuid */
            provider: string;
            provider_name: string;
            provider_notes: string | null;
            reason: string | null;
            request_expires_at: string | null;
            series_id: string | null;
            start_time: string;
            /** @enum {string} */
            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "requested" | "declined" | "offered";
            topic_details: {
                duration: number;
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            topics: string[];
            updated_at: string;
        };
        AppointmentHistory: {
            actor: {
                role: string;
                user_id: string | null;
            };
            changes: {
                [key: string]: unknown;
            };
            created_at: string;
            id: number;
            type: string;
        }[];
        Availability: {
            created_at: string;
            date: string | null;
            end: string;
            facility: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "weekly" | "dated";
            /** Format: uuid */
            provider: string;
            start: string;
            valid_from: string | null;
            valid_until: string | null;
            weekday: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday") | null;
        };
        Checkout: {
            amount: number;
            /** Format: uuid */
            appointment_id: string;
            currency: string;
            gateway: string;
            order_id: string;
            payment_url: string;
        };
        Conflicts: {
            conflicts: {
                facility: {
                    end_time: string;
                    id: string | null;
                    patient__first_name?: string;
                    patient__last_name?: string;
                    provider__first_name?: string;
                    provider__last_name?: string;
                    start_time: string;
                }[];
                patient: {
                    end_time: string;
                    id: string | null;
                    patient__first_name?: string;
                    patient__last_name?: string;
                    provider__first_name?: string;
                    provider__last_name?: string;
                    start_time: string;
                }[];
                provider: {
                    end_time: string;
                    id: string | null;
                    patient__first_name?: string;
                    patient__last_name?: string;
                    provider__first_name?: string;
                    provider__last_name?: string;
                    start_time: string;
                }[];
            };
            has_conflicts: boolean;
        };
        Facility: {
            active: boolean;
            address: string[];
            align_minutes: number | null;
            appointment_minutes: number | null;
            closures: {
                date: string;
                reason: string | null;
            }[];
            created_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            operating_hours: {
                close: string;
                open: string;
                /** @enum {string} */
                weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
            }[];
            single_occupancy: boolean;
            timezone: string;
            updated_at: string;
        };
        FeedItem: {
            appointment: string | null;
            body: string;
            created_at: string;
            /** @enum {string} */
            event: "created" | "held" | "paid" | "rescheduled" | "canceled" | "started" | "completed" | "no_show" | "expired" | "overdue" | "reminder" | "requested" | "approved" | "declined" | "offered" | "offer_declined" | "offer_lapsed" | "calendar_source_broken";
            /** Format: uuid */
            id: string;
            read: boolean;
            read_at: string | null;
            start_time: string | null;
            title: string;
        };
        ManagedAppointment: {
            duration_minutes: number;
            end_time: string;
            facility: {
                address: string[];
                name: string;
            } | null;
            /** Format: uuid */
            id: string;
            mode: ("in_person" | "phone" | "video") | null;
            provider_name: string;
            start_time: string;
            status: string;
            timezone: string;
            topics: string[];
        };
        ManageLink: {
            appointment: components["schemas"]["ManagedAppointment"];
            link: {
                /** @enum {string} */
                action: "view" | "cancel" | "reschedule";
                allows: ("view" | "cancel" | "reschedule")[];
                expires_at: string;
            };
        };
        NotificationPreferences: {
            has_phone: boolean;
            notify_email: boolean;
            notify_sms: boolean;
        };
        Patient: {
            active: boolean;
            created_at: string;
            date_of_birth?: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            timezone?: string | null;
            updated_at: string;
            user?: {
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                phone: string | null;
            };
        };
        Payment: {
            amount: number;
            /** Format: uuid */
            appointment_id: string;
            created_at: string;
            currency: string;
            /** Format: uuid */
            id: string;
            order_id: string;
            payment_id: string;
            /** @constant */
            status: "succeeded";
        };
        Problem: {
            /** @description Stable snake_case code to switch on */
            code: string;
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
            status: number;
            title: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        Provider: {
            active: boolean;
            appointments_completed?: number;
            bank_details?: {
                account_number: string;
                ifsc: string;
                masked: boolean;
                pan: string;
            } | null;
            buffer_after_minutes: number;
            buffer_before_minutes: number;
            created_at: string;
            date_joined?: string;
            default_minutes: number | null;
            facilities: string[];
            /** Format: uuid */
            id: string;
            /** @description Whether the practitioner can see someone right now: "now" is the server's clock at the moment this response was made. True when they are active, inside one of their availability windows (a practitioner with no availability at all is bookable any time, as in the slot search), and neither on time off nor in an appointment or unexpired hold. */
            is_available: boolean;
            locations: string[];
            max_days_ahead: number | null;
            min_notice_minutes: number;
            name: string;
            patient_cancel_cutoff_minutes: number;
            picture: string | null;
            requires_confirmation: boolean;
            slot_minutes: number;
            specialization: string | null;
            timezone: string;
            updated_at: string;
            user?: {
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                phone: string | null;
            };
        };
        Slot: {
            end_time: string;
            facility: string | null;
            /** Format: uuid */
            provider: string;
            start_time: string;
        };
        SlotExplanation: {
            bookable: boolean;
            calendars?: {
                error: string | null;
                /** Format: uuid */
                id: string;
                last_success_at: string | null;
                name: string;
                /** Format: uuid */
                provider: string;
                /** @enum {string} */
                status: "ok" | "stale" | "broken";
            }[];
            end_time: string;
            facility: string | null;
            /** Format: uuid */
            provider: string;
            reasons: {
                code: string;
                message: string;
            }[];
            start_time: string;
            warnings?: {
                /** Format: uuid */
                calendar: string;
                code: string;
                message: string;
                /** Format: uuid */
                provider: string;
            }[];
        };
        StreamTicket: {
            expires_in: number;
            ticket: string;
        };
        TimeOff: {
            created_at: string;
            end_time: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provider: string;
            reason: string | null;
            start_time: string;
        };
        Topic: {
            active: boolean;
            align_minutes: number | null;
            buffer_after_minutes: number | null;
            buffer_before_minutes: number | null;
            code: string | null;
            created_at: string;
            currency: string | null;
            duration: number;
            /** Format: uuid */
            id: string;
            max_days_ahead: number | null;
            min_notice_minutes: number | null;
            name: string;
            patient_cancel_cutoff_minutes: number | null;
            price: number | null;
            requires_confirmation: boolean;
            updated_at: string;
        };
        User: {
            active: boolean;
            created_at: string;
            email: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            phone: string | null;
            /** @enum {string} */
            role: "admin" | "staff" | "provider" | "patient";
            updated_at: string;
        };
        Webhook: {
            active: boolean;
            consecutive_failures: number;
            created_at: string;
            description: string | null;
            events: string[];
            /** Format: uuid */
            id: string;
            last_error: string | null;
            last_failure_at: string | null;
            last_success_at: string | null;
            /** @enum {string} */
            status: "healthy" | "failing" | "disabled";
            total_failures: number;
            updated_at: string;
            url: string;
        };
        WebhookCreated: {
            active: boolean;
            consecutive_failures: number;
            created_at: string;
            description: string | null;
            events: string[];
            /** Format: uuid */
            id: string;
            last_error: string | null;
            last_failure_at: string | null;
            last_success_at: string | null;
            secret: string;
            /** @enum {string} */
            status: "healthy" | "failing" | "disabled";
            total_failures: number;
            updated_at: string;
            url: string;
        };
        WebhookDelivery: {
            attempt: number;
            attempted_at: string;
            duration_ms: number;
            error: string | null;
            event: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            notification: string;
            notification_status: string;
            status_code: number | null;
            success: boolean;
        };
        WebhookReplay: {
            next_attempt_at: string;
            /** Format: uuid */
            notification: string;
            status: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiV1ApiKeys: {
        parameters: {
            query?: {
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: {
                            created_at: string;
                            /** Format: uuid */
                            created_by: string;
                            expires_at: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @description The last call made with the key (recorded at most once a minute) */
                            last_used_at: string | null;
                            name: string;
                            prefix: string;
                            revoked_at: string | null;
                            scopes: string[];
                        }[];
                    };
                };
            };
        };
    };
    postApiV1ApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expires_at?: string | null;
                    name: string;
                    scopes: ("appointments:read" | "appointments:write" | "schedule:read" | "schedule:write" | "people:read" | "people:write" | "catalog:read" | "catalog:write" | "payments:read" | "payments:write")[];
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created_at: string;
                        /** Format: uuid */
                        created_by: string;
                        expires_at: string | null;
                        /** Format: uuid */
                        id: string;
                        key: string;
                        /** @description The last call made with the key (recorded at most once a minute) */
                        last_used_at: string | null;
                        name: string;
                        prefix: string;
                        revoked_at: string | null;
                        scopes: string[];
                    };
                };
            };
        };
    };
    deleteApiV1ApiKeysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApiV1Appointments: {
        parameters: {
            query?: {
                appointment_type?: string;
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                facility?: string;
                from?: string;
                limit?: number;
                offset?: number;
                ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                patient?: string;
                provider?: string[];
                search?: string;
                status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "requested" | "declined" | "offered" | "cancelled" | "canceled")[];
                to?: string;
                topic?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Appointment"][];
                    };
                };
            };
        };
    };
    postApiV1Appointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appointment_type?: string;
                    /** Format: date-time */
                    end_time?: string;
                    facility?: string | null;
                    mode?: ("in_person" | "phone" | "video") | null;
                    /** Format: uuid */
                    patient?: string;
                    /** Format: uuid */
                    provider?: string;
                    provider_notes?: string | null;
                    reason?: string | null;
                    recurrence?: {
                        /** @description An RFC 5545 RRULE, e.g. `FREQ=WEEKLY;BYDAY=TU;COUNT=6` (at most 52 occurrences) */
                        rrule: string;
                    };
                    skip_conflicts?: boolean;
                    /** Format: date-time */
                    start_time: string;
                    topic?: string | string[];
                    topics?: string[];
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment_type: string | null;
                        cancellation: {
                            at: string | null;
                            /** @enum {string} */
                            by: "patient" | "provider";
                            by_role: ("admin" | "staff" | "provider" | "patient") | null;
                            by_user: string | null;
                            reason: string | null;
                        } | null;
                        created_at: string;
                        created_by: string | null;
                        duration_minutes: number;
                        end_time: string;
                        facility: string | null;
                        facility_name: string | null;
                        hold_expires_at: string | null;
                        /** Format: uuid */
                        id: string;
                        is_upcoming: boolean;
                        mode: ("in_person" | "phone" | "video") | null;
                        occurrences?: components["schemas"]["Appointment"][];
                        /** Format: uuid */
                        patient: string;
                        patient_name: string;
                        payment: {
                            paid_at: string | null;
                            payment_id: string | null;
                            /** @enum {string} */
                            status: "not_required" | "pending" | "paid" | "expired" | "unpaid";
                        };
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        /** Format: uuid */
                        provider: string;
                        provider_name: string;
                        provider_notes: string | null;
                        reason: string | null;
                        request_expires_at: string | null;
                        series_id: string | null;
                        skipped?: {
                            code: string;
                            date: string;
                            message: string;
                            reasons?: {
                                code: string;
                                message: string;
                            }[];
                            start_time: string;
                        }[];
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "requested" | "declined" | "offered";
                        topic_details: {
                            duration: number;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        topics: string[];
                        updated_at: string;
                    };
                };
            };
        };
    };
    getApiV1AppointmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentDetail"];
                };
            };
        };
    };
    putApiV1AppointmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appointment_type?: string;
                    /** Format: date-time */
                    end_time?: string;
                    facility?: string | null;
                    mode?: ("in_person" | "phone" | "video") | null;
                    /** Format: uuid */
                    patient?: string;
                    /** Format: uuid */
                    provider?: string;
                    provider_notes?: string | null;
                    reason?: string | null;
                    /** Format: date-time */
                    start_time: string;
                    topic?: string | string[];
                    topics?: string[];
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    deleteApiV1AppointmentsById: {
        parameters: {
            query?: {
                on_behalf_of?: "patient" | "provider";
                reason?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchApiV1AppointmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cancel_reason?: string;
                    provider_notes?: string | null;
                    /** @enum {string} */
                    status?: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "requested" | "declined" | "offered";
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    on_behalf_of?: "patient" | "provider";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdCheckConflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflicts"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkout"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    getApiV1AppointmentsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentHistory"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdMarkNoShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdNoShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdReschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appointment_type?: string;
                    /** Format: date-time */
                    start_time: string;
                    topic?: string | string[];
                    topics?: string[];
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    postApiV1AppointmentsByIdStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    getApiV1AppointmentsByPatientById: {
        parameters: {
            query?: {
                appointment_type?: string;
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                facility?: string;
                from?: string;
                limit?: number;
                offset?: number;
                ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                patient?: string;
                provider?: string[];
                search?: string;
                status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "requested" | "declined" | "offered" | "cancelled" | "canceled")[];
                to?: string;
                topic?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Appointment"][];
                    };
                };
            };
        };
    };
    getApiV1AppointmentsByProviderById: {
        parameters: {
            query?: {
                appointment_type?: string;
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                facility?: string;
                from?: string;
                limit?: number;
                offset?: number;
                ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                patient?: string;
                provider?: string[];
                search?: string;
                status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "requested" | "declined" | "offered" | "cancelled" | "canceled")[];
                to?: string;
                topic?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Appointment"][];
                    };
                };
            };
        };
    };
    getApiV1AppointmentsUpcoming: {
        parameters: {
            query?: {
                appointment_type?: string;
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                facility?: string;
                from?: string;
                limit?: number;
                offset?: number;
                ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                patient?: string;
                provider?: string[];
                search?: string;
                status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "requested" | "declined" | "offered" | "cancelled" | "canceled")[];
                to?: string;
                topic?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Appointment"][];
                    };
                };
            };
        };
    };
    getApiV1Audit: {
        parameters: {
            query?: {
                actor?: string;
                actor_type?: "user" | "api_key" | "system";
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                from?: string;
                limit?: number;
                offset?: number;
                record_id?: string;
                record_type?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: {
                            /** @enum {string} */
                            action: "insert" | "update" | "delete" | "reveal";
                            actor: {
                                id: string | null;
                                /** @enum {string} */
                                type: "user" | "api_key" | "system";
                            };
                            address: string | null;
                            at: string;
                            id: string;
                            record: {
                                id: string | null;
                                type: string;
                            };
                            /** @description The method and route template of the request, e.g. `POST /api/v1/appointments` */
                            route: string | null;
                            /** @description The fields that changed (never their values, so no secret or personal detail), and a status change */
                            summary: {
                                fields?: string[];
                                status?: {
                                    from: unknown;
                                    to: unknown;
                                };
                            };
                        }[];
                    };
                };
            };
        };
    };
    postApiV1AuthClaim: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access_token: string;
                        /** @description Seconds the access token lasts */
                        expires_in: number;
                        /** @description Opaque; exchange it at POST /auth/refresh for a new pair (each works once) and end the session with POST /auth/logout */
                        refresh_token: string;
                        /** @enum {string} */
                        token_type: "Bearer";
                    };
                };
            };
        };
    };
    postApiV1AuthForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                    };
                };
            };
        };
    };
    postApiV1AuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refresh_token: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postApiV1AuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refresh_token: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access_token: string;
                        /** @description Seconds the access token lasts */
                        expires_in: number;
                        /** @description Opaque; exchange it at POST /auth/refresh for a new pair (each works once) and end the session with POST /auth/logout */
                        refresh_token: string;
                        /** @enum {string} */
                        token_type: "Bearer";
                    };
                };
            };
        };
    };
    postApiV1AuthRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: {
                        city: string;
                        country: string;
                        line1: string;
                        line2?: string | null;
                        postal_code: string;
                        state: string;
                    };
                    date_of_birth: string;
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    gender: "female" | "male" | "non_binary" | "other" | "prefer_not_to_say";
                    name: string;
                    nationality: string;
                    password: string;
                    /** @enum {string} */
                    type: "patient" | "visitor";
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                    };
                };
            };
        };
    };
    postApiV1AuthResendCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                    };
                };
            };
        };
    };
    postApiV1AuthResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    email: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postApiV1AuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access_token: string;
                        /** @description Seconds the access token lasts */
                        expires_in: number;
                        /** @description Opaque; exchange it at POST /auth/refresh for a new pair (each works once) and end the session with POST /auth/logout */
                        refresh_token: string;
                        /** @enum {string} */
                        token_type: "Bearer";
                    };
                };
            };
        };
    };
    postApiV1AuthVerifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    email: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        email_verified: true;
                    };
                };
            };
        };
    };
    getApiV1Facilities: {
        parameters: {
            query?: {
                active?: "true" | "false";
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Facility"][];
                    };
                };
            };
        };
    };
    postApiV1Facilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    address?: string[];
                    /** @default null */
                    align_minutes?: number | null;
                    /** @default null */
                    appointment_minutes?: number | null;
                    /** @default [] */
                    closures?: {
                        date: string;
                        /** @default null */
                        reason?: string | null;
                    }[];
                    name: string;
                    /** @default [] */
                    operating_hours?: {
                        close: string;
                        open: string;
                        /** @enum {string} */
                        weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                    }[];
                    /** @default false */
                    single_occupancy?: boolean;
                    timezone: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
        };
    };
    getApiV1FacilitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
        };
    };
    patchApiV1FacilitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    address?: string[];
                    align_minutes?: number | null;
                    appointment_minutes?: number | null;
                    closures?: {
                        date: string;
                        /** @default null */
                        reason?: string | null;
                    }[];
                    name?: string;
                    operating_hours?: {
                        close: string;
                        open: string;
                        /** @enum {string} */
                        weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                    }[];
                    single_occupancy?: boolean;
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
        };
    };
    getApiV1ManageByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManageLink"];
                };
            };
        };
    };
    postApiV1ManageByTokenCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedAppointment"];
                };
            };
        };
    };
    postApiV1ManageByTokenReschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    start_time: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedAppointment"];
                };
            };
        };
    };
    getApiV1ManageByTokenSlots: {
        parameters: {
            query: {
                date: string;
            };
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        results: {
                            end_time: string;
                            start_time: string;
                        }[];
                        timezone: string;
                    };
                };
            };
        };
    };
    getApiV1Me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        patient_id: string | null;
                        provider_id: string | null;
                        /** @enum {string} */
                        role: "admin" | "staff" | "provider" | "patient";
                    };
                };
            };
        };
    };
    getApiV1MeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        created_at: string | null;
                    };
                };
            };
        };
    };
    postApiV1MeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        created_at: string | null;
                        token: string;
                        url: string;
                    };
                };
            };
        };
    };
    deleteApiV1MeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApiV1MeExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            active: boolean;
                            created_at: string;
                            email: string | null;
                            email_verified: boolean;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            notify_email: boolean;
                            notify_sms: boolean;
                            phone: string | null;
                            role: string;
                            updated_at: string;
                        };
                        appointments: {
                            cancel_reason: string | null;
                            canceled_at: string | null;
                            created_at: string;
                            currency: string | null;
                            end_time: string;
                            facility_id: string | null;
                            /** Format: uuid */
                            id: string;
                            mode: string | null;
                            patient: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            price_amount: number | null;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            reason: string | null;
                            start_time: string;
                            status: string;
                        }[];
                        exported_at: string;
                        notifications: {
                            appointment_id: string | null;
                            channel: string;
                            created_at: string;
                            event: string;
                            /** Format: uuid */
                            id: string;
                            message: {
                                body: string;
                                title: string;
                            } | null;
                            read_at: string | null;
                            recipient: string;
                            sent_at: string | null;
                            status: string;
                        }[];
                        payments: {
                            amount: number;
                            /** Format: uuid */
                            appointment_id: string;
                            created_at: string;
                            currency: string;
                            /** Format: uuid */
                            id: string;
                            order_id: string;
                            payment_id: string;
                            status: string;
                        }[];
                        profile: {
                            address: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postal_code: string;
                                state: string;
                            } | null;
                            created_at: string;
                            date_of_birth: string | null;
                            email: string | null;
                            email_verified: boolean;
                            gender: ("female" | "male" | "non_binary" | "other" | "prefer_not_to_say") | null;
                            name: string;
                            nationality: string | null;
                            /** Format: uuid */
                            patient_id: string;
                            timezone: string | null;
                            type: ("patient" | "visitor") | null;
                        } | null;
                    };
                };
            };
        };
    };
    postApiV1MePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current_password: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access_token: string;
                        /** @description Seconds the access token lasts */
                        expires_in: number;
                        /** @description Opaque; exchange it at POST /auth/refresh for a new pair (each works once) and end the session with POST /auth/logout */
                        refresh_token: string;
                        /** @enum {string} */
                        token_type: "Bearer";
                    };
                };
            };
        };
    };
    getApiV1MePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
        };
    };
    patchApiV1MePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notify_email?: boolean;
                    notify_sms?: boolean;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
        };
    };
    getApiV1MeProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postal_code: string;
                            state: string;
                        } | null;
                        date_of_birth: string | null;
                        email: string | null;
                        email_verified: boolean;
                        gender: ("female" | "male" | "non_binary" | "other" | "prefer_not_to_say") | null;
                        name: string;
                        nationality: string | null;
                        /** Format: uuid */
                        patient_id: string;
                        type: ("patient" | "visitor") | null;
                    };
                };
            };
        };
    };
    patchApiV1MeProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: {
                        city: string;
                        country: string;
                        line1: string;
                        line2?: string | null;
                        postal_code: string;
                        state: string;
                    } | null;
                    date_of_birth?: string | null;
                    gender?: ("female" | "male" | "non_binary" | "other" | "prefer_not_to_say") | null;
                    name?: string;
                    nationality?: string | null;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postal_code: string;
                            state: string;
                        } | null;
                        date_of_birth: string | null;
                        email: string | null;
                        email_verified: boolean;
                        gender: ("female" | "male" | "non_binary" | "other" | "prefer_not_to_say") | null;
                        name: string;
                        nationality: string | null;
                        /** Format: uuid */
                        patient_id: string;
                        type: ("patient" | "visitor") | null;
                    };
                };
            };
        };
    };
    getApiV1Notifications: {
        parameters: {
            query?: {
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
                unread?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["FeedItem"][];
                    };
                };
            };
        };
    };
    postApiV1NotificationsByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedItem"];
                };
            };
        };
    };
    postApiV1NotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updated: number;
                    };
                };
            };
        };
    };
    getApiV1NotificationsStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A text/event-stream of `notification` events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiV1NotificationsStreamTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTicket"];
                };
            };
        };
    };
    getApiV1Patients: {
        parameters: {
            query?: {
                active?: "true" | "false";
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Patient"][];
                    };
                };
            };
        };
    };
    postApiV1Patients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date_of_birth?: string | null;
                    /** Format: email */
                    email?: string;
                    name: string;
                    password?: string;
                    phone?: string | null;
                    timezone?: string | null;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
        };
    };
    getApiV1PatientsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
        };
    };
    patchApiV1PatientsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    current_password?: string;
                    date_of_birth?: string | null;
                    name?: string;
                    password?: string;
                    phone?: string | null;
                    timezone?: string | null;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
        };
    };
    postApiV1PatientsByIdActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
        };
    };
    postApiV1PatientsByIdDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
        };
    };
    postApiV1PatientsByIdErase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postApiV1PatientsByIdInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        expires_in_minutes: number;
                        /** Format: uuid */
                        patient_id: string;
                    };
                };
            };
        };
    };
    getApiV1Payments: {
        parameters: {
            query?: {
                appointment?: string;
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Payment"][];
                    };
                };
            };
        };
    };
    postApiV1Payments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    /** Format: uuid */
                    appointment_id: string;
                    order_id: string;
                    payment_id: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: components["schemas"]["Appointment"];
                        payment: components["schemas"]["Payment"];
                    };
                };
            };
        };
    };
    getApiV1Providers: {
        parameters: {
            query?: {
                active?: "true" | "false";
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Provider"][];
                    };
                };
            };
        };
    };
    postApiV1Providers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bank_details?: {
                        account_number: string;
                        ifsc: string;
                        pan: string;
                    } | null;
                    buffer_after_minutes?: number;
                    buffer_before_minutes?: number;
                    default_minutes?: number | null;
                    /** Format: email */
                    email: string;
                    facilities?: string[];
                    locations?: string[];
                    max_days_ahead?: number | null;
                    min_notice_minutes?: number;
                    name: string;
                    password: string;
                    patient_cancel_cutoff_minutes?: number;
                    phone?: string | null;
                    requires_confirmation?: boolean;
                    schedule?: {
                        end: string;
                        facility?: string | null;
                        start: string;
                        valid_from?: string | null;
                        valid_until?: string | null;
                        /** @enum {string} */
                        weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                    }[];
                    slot_minutes?: number;
                    specialization?: string | null;
                    /** @default UTC */
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
        };
    };
    getApiV1ProvidersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
        };
    };
    deleteApiV1ProvidersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchApiV1ProvidersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    bank_details?: {
                        account_number: string;
                        ifsc: string;
                        pan: string;
                    } | null;
                    buffer_after_minutes?: number;
                    buffer_before_minutes?: number;
                    current_password?: string;
                    default_minutes?: number | null;
                    facilities?: string[];
                    locations?: string[];
                    max_days_ahead?: number | null;
                    min_notice_minutes?: number;
                    name?: string;
                    password?: string;
                    patient_cancel_cutoff_minutes?: number;
                    phone?: string | null;
                    requires_confirmation?: boolean;
                    schedule?: {
                        end: string;
                        facility?: string | null;
                        start: string;
                        valid_from?: string | null;
                        valid_until?: string | null;
                        /** @enum {string} */
                        weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                    }[];
                    slot_minutes?: number;
                    specialization?: string | null;
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
        };
    };
    postApiV1ProvidersByIdActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
        };
    };
    getApiV1ProvidersByIdAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"][];
                };
            };
        };
    };
    postApiV1ProvidersByIdAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date?: string;
                    end: string;
                    facility?: string | null;
                    start: string;
                    valid_from?: string | null;
                    valid_until?: string | null;
                    /** @enum {string} */
                    weekday?: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
        };
    };
    deleteApiV1ProvidersByIdAvailabilityByItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApiV1ProvidersByIdAvailabilityExplain: {
        parameters: {
            query: {
                duration?: number;
                facility?: string;
                start_time: string;
                topics?: string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotExplanation"];
                };
            };
        };
    };
    postApiV1ProvidersByIdBankDetailsReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Shown only to the practitioner themself and to admins; masked except the last four characters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account_number: string;
                        ifsc: string;
                        masked: boolean;
                        pan: string;
                    };
                };
            };
        };
    };
    putApiV1ProvidersByIdCalendarPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    broken_source: "block" | "warn";
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        policy: "block" | "warn";
                    };
                };
            };
        };
    };
    getApiV1ProvidersByIdCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendars: {
                            busy_periods: number;
                            consecutive_failures: number;
                            created_at: string;
                            error: string | null;
                            host: string;
                            /** Format: uuid */
                            id: string;
                            last_attempt_at: string | null;
                            last_success_at: string | null;
                            name: string;
                            /** Format: uuid */
                            provider: string;
                            /** @enum {string} */
                            status: "ok" | "stale" | "broken";
                        }[];
                        /** @enum {string} */
                        policy: "block" | "warn";
                    };
                };
            };
        };
    };
    postApiV1ProvidersByIdCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description The calendar's ICS address (https://, http:// or webcal://), e.g. Google's "secret address in iCal format" */
                    url: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        busy_periods: number;
                        consecutive_failures: number;
                        created_at: string;
                        error: string | null;
                        host: string;
                        /** Format: uuid */
                        id: string;
                        last_attempt_at: string | null;
                        last_success_at: string | null;
                        name: string;
                        /** Format: uuid */
                        provider: string;
                        /** @enum {string} */
                        status: "ok" | "stale" | "broken";
                    };
                };
            };
        };
    };
    getApiV1ProvidersByIdCalendarsByCalendarId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                calendarId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        busy_periods: number;
                        consecutive_failures: number;
                        created_at: string;
                        error: string | null;
                        host: string;
                        /** Format: uuid */
                        id: string;
                        last_attempt_at: string | null;
                        last_success_at: string | null;
                        name: string;
                        /** Format: uuid */
                        provider: string;
                        /** @enum {string} */
                        status: "ok" | "stale" | "broken";
                    };
                };
            };
        };
    };
    deleteApiV1ProvidersByIdCalendarsByCalendarId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                calendarId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchApiV1ProvidersByIdCalendarsByCalendarId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                calendarId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        busy_periods: number;
                        consecutive_failures: number;
                        created_at: string;
                        error: string | null;
                        host: string;
                        /** Format: uuid */
                        id: string;
                        last_attempt_at: string | null;
                        last_success_at: string | null;
                        name: string;
                        /** Format: uuid */
                        provider: string;
                        /** @enum {string} */
                        status: "ok" | "stale" | "broken";
                    };
                };
            };
        };
    };
    postApiV1ProvidersByIdCalendarsByCalendarIdSync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                calendarId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        busy_periods: number;
                        consecutive_failures: number;
                        created_at: string;
                        error: string | null;
                        host: string;
                        /** Format: uuid */
                        id: string;
                        last_attempt_at: string | null;
                        last_success_at: string | null;
                        name: string;
                        /** Format: uuid */
                        provider: string;
                        /** @enum {string} */
                        status: "ok" | "stale" | "broken";
                    };
                };
            };
        };
    };
    postApiV1ProvidersByIdDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
        };
    };
    getApiV1ProvidersByIdPicture: {
        parameters: {
            query?: {
                v?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postApiV1ProvidersByIdPicture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        picture: string;
                    };
                };
            };
        };
    };
    deleteApiV1ProvidersByIdPicture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApiV1ProvidersByIdTimeOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOff"][];
                };
            };
        };
    };
    postApiV1ProvidersByIdTimeOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    end_time: string;
                    reason?: string | null;
                    /** Format: date-time */
                    start_time: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOff"];
                };
            };
        };
    };
    deleteApiV1ProvidersByIdTimeOffByItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApiV1Schedule: {
        parameters: {
            query: {
                facility?: string;
                from: string;
                provider?: string[];
                timezone?: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointments: components["schemas"]["Appointment"][];
                        availabilities: {
                            /** Format: uuid */
                            availability: string;
                            end_time: string;
                            facility: string | null;
                            /** @enum {string} */
                            kind: "weekly" | "dated";
                            /** Format: uuid */
                            provider: string;
                            start_time: string;
                        }[];
                        from: string;
                        opening_hours: {
                            end_time: string;
                            /** Format: uuid */
                            facility: string;
                            start_time: string;
                        }[];
                        time_off: {
                            end_time: string;
                            /** Format: uuid */
                            provider: string;
                            start_time: string;
                        }[];
                        timezone: string;
                        to: string;
                    };
                };
            };
        };
    };
    getApiV1SeriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created_at: string;
                        /** Format: uuid */
                        id: string;
                        occurrences: components["schemas"]["Appointment"][];
                        /** Format: uuid */
                        patient: string;
                        /** Format: uuid */
                        provider: string;
                        rrule: string;
                        timezone: string;
                    };
                };
            };
        };
    };
    postApiV1SeriesByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    appointment?: string;
                    /** @enum {string} */
                    on_behalf_of?: "patient" | "provider";
                    reason?: string;
                    /**
                     * @description `one`: the named occurrence; `following`: it and every later one; `all`: every occurrence
                     * @enum {string}
                     */
                    scope: "one" | "following" | "all";
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: string[];
                        /**
                         * @description `one`: the named occurrence; `following`: it and every later one; `all`: every occurrence
                         * @enum {string}
                         */
                        scope: "one" | "following" | "all";
                        /** Format: uuid */
                        series_id: string;
                    };
                };
            };
        };
    };
    postApiV1SeriesByIdReschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    appointment?: string;
                    /**
                     * @description `one`: the named occurrence; `following`: it and every later one; `all`: every occurrence
                     * @enum {string}
                     */
                    scope: "one" | "following" | "all";
                    /** Format: date-time */
                    start_time: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created_at: string;
                        /** Format: uuid */
                        id: string;
                        occurrences: components["schemas"]["Appointment"][];
                        /** Format: uuid */
                        patient: string;
                        /** Format: uuid */
                        provider: string;
                        rrule: string;
                        timezone: string;
                    };
                };
            };
        };
    };
    getApiV1Slots: {
        parameters: {
            query?: {
                date?: string;
                duration?: number;
                facility?: string;
                from?: string;
                limit?: number;
                mode?: "in_person" | "phone" | "video";
                offset?: number;
                provider?: string[];
                recurrence?: string;
                timezone?: string;
                to?: string;
                topics?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendars?: {
                            error: string | null;
                            /** Format: uuid */
                            id: string;
                            last_success_at: string | null;
                            name: string;
                            /** Format: uuid */
                            provider: string;
                            /** @enum {string} */
                            status: "ok" | "stale" | "broken";
                        }[];
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Slot"][];
                        warnings?: {
                            /** Format: uuid */
                            calendar: string;
                            code: string;
                            message: string;
                            /** Format: uuid */
                            provider: string;
                        }[];
                    };
                };
            };
        };
    };
    getApiV1Topics: {
        parameters: {
            query?: {
                active?: "true" | "false";
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Topic"][];
                    };
                };
            };
        };
    };
    postApiV1Topics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    align_minutes?: number | null;
                    buffer_after_minutes?: number | null;
                    buffer_before_minutes?: number | null;
                    code?: string | null;
                    currency?: string | null;
                    duration: number;
                    max_days_ahead?: number | null;
                    min_notice_minutes?: number | null;
                    name: string;
                    patient_cancel_cutoff_minutes?: number | null;
                    price?: number | null;
                    requires_confirmation?: boolean;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
        };
    };
    getApiV1TopicsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
        };
    };
    patchApiV1TopicsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    align_minutes?: number | null;
                    buffer_after_minutes?: number | null;
                    buffer_before_minutes?: number | null;
                    code?: string | null;
                    currency?: string | null;
                    duration?: number;
                    max_days_ahead?: number | null;
                    min_notice_minutes?: number | null;
                    name?: string;
                    patient_cancel_cutoff_minutes?: number | null;
                    price?: number | null;
                    requires_confirmation?: boolean;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
        };
    };
    getApiV1Users: {
        parameters: {
            query?: {
                active?: "true" | "false";
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
                role?: "admin" | "staff" | "provider" | "patient";
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["User"][];
                    };
                };
            };
        };
    };
    postApiV1Users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    password: string;
                    phone?: string | null;
                    /** @enum {string} */
                    role: "admin" | "staff";
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    getApiV1UsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    patchApiV1UsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    current_password?: string;
                    name?: string;
                    password?: string;
                    phone?: string | null;
                    timezone?: string | null;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    getApiV1Waitlist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            appointment: string | null;
                            from: string;
                            /** Format: uuid */
                            id: string;
                            joined_at: string;
                            offer: {
                                /** Format: uuid */
                                appointment: string;
                                end_time: string;
                                expires_at: string;
                                /** Format: uuid */
                                provider: string;
                                start_time: string;
                            } | null;
                            /** Format: uuid */
                            patient: string;
                            priority: number;
                            provider: string | null;
                            /** @enum {string} */
                            status: "waiting" | "offered" | "booked" | "left" | "expired";
                            times_of_day: {
                                from: string;
                                to: string;
                            }[];
                            to: string;
                            topic: string | null;
                            topics: string[];
                        }[];
                    };
                };
            };
        };
    };
    postApiV1Waitlist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: string;
                    /** Format: uuid */
                    patient?: string;
                    priority?: number;
                    /** Format: uuid */
                    provider?: string;
                    times_of_day?: {
                        from: string;
                        to: string;
                    }[];
                    to: string;
                    /** Format: uuid */
                    topic?: string;
                    topics?: string[];
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: string | null;
                        from: string;
                        /** Format: uuid */
                        id: string;
                        joined_at: string;
                        offer: {
                            /** Format: uuid */
                            appointment: string;
                            end_time: string;
                            expires_at: string;
                            /** Format: uuid */
                            provider: string;
                            start_time: string;
                        } | null;
                        /** Format: uuid */
                        patient: string;
                        priority: number;
                        provider: string | null;
                        /** @enum {string} */
                        status: "waiting" | "offered" | "booked" | "left" | "expired";
                        times_of_day: {
                            from: string;
                            to: string;
                        }[];
                        to: string;
                        topic: string | null;
                        topics: string[];
                    };
                };
            };
        };
    };
    deleteApiV1WaitlistById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postApiV1WaitlistByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: string | null;
                        from: string;
                        /** Format: uuid */
                        id: string;
                        joined_at: string;
                        offer: {
                            /** Format: uuid */
                            appointment: string;
                            end_time: string;
                            expires_at: string;
                            /** Format: uuid */
                            provider: string;
                            start_time: string;
                        } | null;
                        /** Format: uuid */
                        patient: string;
                        priority: number;
                        provider: string | null;
                        /** @enum {string} */
                        status: "waiting" | "offered" | "booked" | "left" | "expired";
                        times_of_day: {
                            from: string;
                            to: string;
                        }[];
                        to: string;
                        topic: string | null;
                        topics: string[];
                    };
                };
            };
        };
    };
    postApiV1WaitlistByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: string | null;
                        from: string;
                        /** Format: uuid */
                        id: string;
                        joined_at: string;
                        offer: {
                            /** Format: uuid */
                            appointment: string;
                            end_time: string;
                            expires_at: string;
                            /** Format: uuid */
                            provider: string;
                            start_time: string;
                        } | null;
                        /** Format: uuid */
                        patient: string;
                        priority: number;
                        provider: string | null;
                        /** @enum {string} */
                        status: "waiting" | "offered" | "booked" | "left" | "expired";
                        times_of_day: {
                            from: string;
                            to: string;
                        }[];
                        to: string;
                        topic: string | null;
                        topics: string[];
                    };
                };
            };
        };
    };
    getApiV1Webhooks: {
        parameters: {
            query?: {
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Webhook"][];
                    };
                };
            };
        };
    };
    postApiV1Webhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    events: ("*" | "appointment.created" | "appointment.held" | "appointment.paid" | "appointment.rescheduled" | "appointment.canceled" | "appointment.started" | "appointment.completed" | "appointment.no_show" | "appointment.expired" | "appointment.overdue" | "appointment.reminder" | "appointment.requested" | "appointment.approved" | "appointment.declined" | "appointment.offered" | "appointment.offer_declined" | "appointment.offer_lapsed")[];
                    /** Format: uri */
                    url: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
        };
    };
    getApiV1WebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
        };
    };
    deleteApiV1WebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchApiV1WebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    description?: string | null;
                    events?: ("*" | "appointment.created" | "appointment.held" | "appointment.paid" | "appointment.rescheduled" | "appointment.canceled" | "appointment.started" | "appointment.completed" | "appointment.no_show" | "appointment.expired" | "appointment.overdue" | "appointment.reminder" | "appointment.requested" | "appointment.approved" | "appointment.declined" | "appointment.offered" | "appointment.offer_declined" | "appointment.offer_lapsed")[];
                    /** Format: uri */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
        };
    };
    getApiV1WebhooksByIdDeliveries: {
        parameters: {
            query?: {
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422. */
                cursor?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["WebhookDelivery"][];
                    };
                };
            };
        };
    };
    postApiV1WebhooksByIdDeliveriesByDeliveryIdReplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplay"];
                };
            };
        };
    };
    getFhirR4Appointment: {
        parameters: {
            query?: {
                /** @description Page size (default 50, at most 200) */
                _count?: string | string[];
                /** @description Where the page starts (the Bundle links carry it) */
                _offset?: string | string[];
                /** @description Practitioner/ID, Patient/ID or Location/ID */
                actor?: string | string[];
                /** @description The start, with eq/ge/gt/le/lt prefixes (dates without a zone are UTC) */
                date?: string | string[];
                /** @description Location/ID or ID */
                location?: string | string[];
                /** @description Patient/ID or ID */
                patient?: string | string[];
                /** @description Practitioner/ID or ID */
                practitioner?: string | string[];
                /** @description FHIR appointment status (booked, pending, cancelled…) */
                status?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 searchset Bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4AppointmentById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postFhirR4AppointmentBook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/fhir+json": {
                    id?: string;
                    implicitRules?: string;
                    language?: string;
                    meta?: {
                        lastUpdated?: string;
                        profile?: string[];
                        security?: unknown[];
                        source?: string;
                        tag?: unknown[];
                        versionId?: string;
                    };
                    parameter?: {
                        id?: string;
                        name: string;
                        part?: unknown[];
                        resource?: unknown;
                        valueAddress?: unknown;
                        valueAge?: unknown;
                        valueAnnotation?: unknown;
                        valueAttachment?: unknown;
                        valueBase64Binary?: unknown;
                        valueBoolean?: unknown;
                        valueCanonical?: unknown;
                        valueCode?: unknown;
                        valueCodeableConcept?: unknown;
                        valueCoding?: unknown;
                        valueContactDetail?: unknown;
                        valueContactPoint?: unknown;
                        valueContributor?: unknown;
                        valueCount?: unknown;
                        valueDataRequirement?: unknown;
                        valueDate?: unknown;
                        valueDateTime?: unknown;
                        valueDecimal?: unknown;
                        valueDistance?: unknown;
                        valueDosage?: unknown;
                        valueDuration?: unknown;
                        valueExpression?: unknown;
                        valueHumanName?: unknown;
                        valueId?: unknown;
                        valueIdentifier?: unknown;
                        valueInstant?: unknown;
                        valueInteger?: unknown;
                        valueMarkdown?: unknown;
                        valueMeta?: unknown;
                        valueMoney?: unknown;
                        valueOid?: unknown;
                        valueParameterDefinition?: unknown;
                        valuePeriod?: unknown;
                        valuePositiveInt?: unknown;
                        valueQuantity?: unknown;
                        valueRange?: unknown;
                        valueRatio?: unknown;
                        valueReference?: unknown;
                        valueRelatedArtifact?: unknown;
                        valueSampledData?: unknown;
                        valueSignature?: unknown;
                        valueString?: unknown;
                        valueTime?: unknown;
                        valueTiming?: unknown;
                        valueTriggerDefinition?: unknown;
                        valueUnsignedInt?: unknown;
                        valueUri?: unknown;
                        valueUrl?: unknown;
                        valueUsageContext?: unknown;
                        valueUuid?: unknown;
                    }[];
                    /** @enum {string} */
                    resourceType: "Parameters";
                };
                "application/json": {
                    id?: string;
                    implicitRules?: string;
                    language?: string;
                    meta?: {
                        lastUpdated?: string;
                        profile?: string[];
                        security?: unknown[];
                        source?: string;
                        tag?: unknown[];
                        versionId?: string;
                    };
                    parameter?: {
                        id?: string;
                        name: string;
                        part?: unknown[];
                        resource?: unknown;
                        valueAddress?: unknown;
                        valueAge?: unknown;
                        valueAnnotation?: unknown;
                        valueAttachment?: unknown;
                        valueBase64Binary?: unknown;
                        valueBoolean?: unknown;
                        valueCanonical?: unknown;
                        valueCode?: unknown;
                        valueCodeableConcept?: unknown;
                        valueCoding?: unknown;
                        valueContactDetail?: unknown;
                        valueContactPoint?: unknown;
                        valueContributor?: unknown;
                        valueCount?: unknown;
                        valueDataRequirement?: unknown;
                        valueDate?: unknown;
                        valueDateTime?: unknown;
                        valueDecimal?: unknown;
                        valueDistance?: unknown;
                        valueDosage?: unknown;
                        valueDuration?: unknown;
                        valueExpression?: unknown;
                        valueHumanName?: unknown;
                        valueId?: unknown;
                        valueIdentifier?: unknown;
                        valueInstant?: unknown;
                        valueInteger?: unknown;
                        valueMarkdown?: unknown;
                        valueMeta?: unknown;
                        valueMoney?: unknown;
                        valueOid?: unknown;
                        valueParameterDefinition?: unknown;
                        valuePeriod?: unknown;
                        valuePositiveInt?: unknown;
                        valueQuantity?: unknown;
                        valueRange?: unknown;
                        valueRatio?: unknown;
                        valueReference?: unknown;
                        valueRelatedArtifact?: unknown;
                        valueSampledData?: unknown;
                        valueSignature?: unknown;
                        valueString?: unknown;
                        valueTime?: unknown;
                        valueTiming?: unknown;
                        valueTriggerDefinition?: unknown;
                        valueUnsignedInt?: unknown;
                        valueUri?: unknown;
                        valueUrl?: unknown;
                        valueUsageContext?: unknown;
                        valueUuid?: unknown;
                    }[];
                    /** @enum {string} */
                    resourceType: "Parameters";
                };
            };
        };
        responses: {
            /** @description A FHIR R4 resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4AppointmentFind: {
        parameters: {
            query?: {
                /** @description Page size (default 50, at most 200) */
                _count?: string | string[];
                /** @description Where the page starts (the Bundle links carry it) */
                _offset?: string | string[];
                /** @description Until (inclusive for a date) */
                end?: string;
                /** @description Location/ID or ID */
                location?: string | string[];
                /** @description The visit length in minutes, without service-type */
                "minutes-duration"?: string | string[];
                /** @description Patient/ID or ID: the patient of the proposed appointments */
                patient?: string | string[];
                /** @description Practitioner/ID or ID (required, repeatable) */
                practitioner?: string | string[];
                /** @description Topic ids (the system https://carebook.dev/fhir/CodeSystem/topic): the visit length */
                "service-type"?: string | string[];
                /** @description From (a date or date-time; dates are UTC) */
                start?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 searchset Bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postFhirR4AppointmentFind: {
        parameters: {
            query?: {
                /** @description Page size (default 50, at most 200) */
                _count?: string | string[];
                /** @description Where the page starts (the Bundle links carry it) */
                _offset?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/fhir+json": {
                    id?: string;
                    implicitRules?: string;
                    language?: string;
                    meta?: {
                        lastUpdated?: string;
                        profile?: string[];
                        security?: unknown[];
                        source?: string;
                        tag?: unknown[];
                        versionId?: string;
                    };
                    parameter?: {
                        id?: string;
                        name: string;
                        part?: unknown[];
                        resource?: unknown;
                        valueAddress?: unknown;
                        valueAge?: unknown;
                        valueAnnotation?: unknown;
                        valueAttachment?: unknown;
                        valueBase64Binary?: unknown;
                        valueBoolean?: unknown;
                        valueCanonical?: unknown;
                        valueCode?: unknown;
                        valueCodeableConcept?: unknown;
                        valueCoding?: unknown;
                        valueContactDetail?: unknown;
                        valueContactPoint?: unknown;
                        valueContributor?: unknown;
                        valueCount?: unknown;
                        valueDataRequirement?: unknown;
                        valueDate?: unknown;
                        valueDateTime?: unknown;
                        valueDecimal?: unknown;
                        valueDistance?: unknown;
                        valueDosage?: unknown;
                        valueDuration?: unknown;
                        valueExpression?: unknown;
                        valueHumanName?: unknown;
                        valueId?: unknown;
                        valueIdentifier?: unknown;
                        valueInstant?: unknown;
                        valueInteger?: unknown;
                        valueMarkdown?: unknown;
                        valueMeta?: unknown;
                        valueMoney?: unknown;
                        valueOid?: unknown;
                        valueParameterDefinition?: unknown;
                        valuePeriod?: unknown;
                        valuePositiveInt?: unknown;
                        valueQuantity?: unknown;
                        valueRange?: unknown;
                        valueRatio?: unknown;
                        valueReference?: unknown;
                        valueRelatedArtifact?: unknown;
                        valueSampledData?: unknown;
                        valueSignature?: unknown;
                        valueString?: unknown;
                        valueTime?: unknown;
                        valueTiming?: unknown;
                        valueTriggerDefinition?: unknown;
                        valueUnsignedInt?: unknown;
                        valueUri?: unknown;
                        valueUrl?: unknown;
                        valueUsageContext?: unknown;
                        valueUuid?: unknown;
                    }[];
                    /** @enum {string} */
                    resourceType: "Parameters";
                };
                "application/json": {
                    id?: string;
                    implicitRules?: string;
                    language?: string;
                    meta?: {
                        lastUpdated?: string;
                        profile?: string[];
                        security?: unknown[];
                        source?: string;
                        tag?: unknown[];
                        versionId?: string;
                    };
                    parameter?: {
                        id?: string;
                        name: string;
                        part?: unknown[];
                        resource?: unknown;
                        valueAddress?: unknown;
                        valueAge?: unknown;
                        valueAnnotation?: unknown;
                        valueAttachment?: unknown;
                        valueBase64Binary?: unknown;
                        valueBoolean?: unknown;
                        valueCanonical?: unknown;
                        valueCode?: unknown;
                        valueCodeableConcept?: unknown;
                        valueCoding?: unknown;
                        valueContactDetail?: unknown;
                        valueContactPoint?: unknown;
                        valueContributor?: unknown;
                        valueCount?: unknown;
                        valueDataRequirement?: unknown;
                        valueDate?: unknown;
                        valueDateTime?: unknown;
                        valueDecimal?: unknown;
                        valueDistance?: unknown;
                        valueDosage?: unknown;
                        valueDuration?: unknown;
                        valueExpression?: unknown;
                        valueHumanName?: unknown;
                        valueId?: unknown;
                        valueIdentifier?: unknown;
                        valueInstant?: unknown;
                        valueInteger?: unknown;
                        valueMarkdown?: unknown;
                        valueMeta?: unknown;
                        valueMoney?: unknown;
                        valueOid?: unknown;
                        valueParameterDefinition?: unknown;
                        valuePeriod?: unknown;
                        valuePositiveInt?: unknown;
                        valueQuantity?: unknown;
                        valueRange?: unknown;
                        valueRatio?: unknown;
                        valueReference?: unknown;
                        valueRelatedArtifact?: unknown;
                        valueSampledData?: unknown;
                        valueSignature?: unknown;
                        valueString?: unknown;
                        valueTime?: unknown;
                        valueTiming?: unknown;
                        valueTriggerDefinition?: unknown;
                        valueUnsignedInt?: unknown;
                        valueUri?: unknown;
                        valueUrl?: unknown;
                        valueUsageContext?: unknown;
                        valueUuid?: unknown;
                    }[];
                    /** @enum {string} */
                    resourceType: "Parameters";
                };
            };
        };
        responses: {
            /** @description A FHIR R4 searchset Bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postFhirR4AppointmentHold: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/fhir+json": {
                    id?: string;
                    implicitRules?: string;
                    language?: string;
                    meta?: {
                        lastUpdated?: string;
                        profile?: string[];
                        security?: unknown[];
                        source?: string;
                        tag?: unknown[];
                        versionId?: string;
                    };
                    parameter?: {
                        id?: string;
                        name: string;
                        part?: unknown[];
                        resource?: unknown;
                        valueAddress?: unknown;
                        valueAge?: unknown;
                        valueAnnotation?: unknown;
                        valueAttachment?: unknown;
                        valueBase64Binary?: unknown;
                        valueBoolean?: unknown;
                        valueCanonical?: unknown;
                        valueCode?: unknown;
                        valueCodeableConcept?: unknown;
                        valueCoding?: unknown;
                        valueContactDetail?: unknown;
                        valueContactPoint?: unknown;
                        valueContributor?: unknown;
                        valueCount?: unknown;
                        valueDataRequirement?: unknown;
                        valueDate?: unknown;
                        valueDateTime?: unknown;
                        valueDecimal?: unknown;
                        valueDistance?: unknown;
                        valueDosage?: unknown;
                        valueDuration?: unknown;
                        valueExpression?: unknown;
                        valueHumanName?: unknown;
                        valueId?: unknown;
                        valueIdentifier?: unknown;
                        valueInstant?: unknown;
                        valueInteger?: unknown;
                        valueMarkdown?: unknown;
                        valueMeta?: unknown;
                        valueMoney?: unknown;
                        valueOid?: unknown;
                        valueParameterDefinition?: unknown;
                        valuePeriod?: unknown;
                        valuePositiveInt?: unknown;
                        valueQuantity?: unknown;
                        valueRange?: unknown;
                        valueRatio?: unknown;
                        valueReference?: unknown;
                        valueRelatedArtifact?: unknown;
                        valueSampledData?: unknown;
                        valueSignature?: unknown;
                        valueString?: unknown;
                        valueTime?: unknown;
                        valueTiming?: unknown;
                        valueTriggerDefinition?: unknown;
                        valueUnsignedInt?: unknown;
                        valueUri?: unknown;
                        valueUrl?: unknown;
                        valueUsageContext?: unknown;
                        valueUuid?: unknown;
                    }[];
                    /** @enum {string} */
                    resourceType: "Parameters";
                };
                "application/json": {
                    id?: string;
                    implicitRules?: string;
                    language?: string;
                    meta?: {
                        lastUpdated?: string;
                        profile?: string[];
                        security?: unknown[];
                        source?: string;
                        tag?: unknown[];
                        versionId?: string;
                    };
                    parameter?: {
                        id?: string;
                        name: string;
                        part?: unknown[];
                        resource?: unknown;
                        valueAddress?: unknown;
                        valueAge?: unknown;
                        valueAnnotation?: unknown;
                        valueAttachment?: unknown;
                        valueBase64Binary?: unknown;
                        valueBoolean?: unknown;
                        valueCanonical?: unknown;
                        valueCode?: unknown;
                        valueCodeableConcept?: unknown;
                        valueCoding?: unknown;
                        valueContactDetail?: unknown;
                        valueContactPoint?: unknown;
                        valueContributor?: unknown;
                        valueCount?: unknown;
                        valueDataRequirement?: unknown;
                        valueDate?: unknown;
                        valueDateTime?: unknown;
                        valueDecimal?: unknown;
                        valueDistance?: unknown;
                        valueDosage?: unknown;
                        valueDuration?: unknown;
                        valueExpression?: unknown;
                        valueHumanName?: unknown;
                        valueId?: unknown;
                        valueIdentifier?: unknown;
                        valueInstant?: unknown;
                        valueInteger?: unknown;
                        valueMarkdown?: unknown;
                        valueMeta?: unknown;
                        valueMoney?: unknown;
                        valueOid?: unknown;
                        valueParameterDefinition?: unknown;
                        valuePeriod?: unknown;
                        valuePositiveInt?: unknown;
                        valueQuantity?: unknown;
                        valueRange?: unknown;
                        valueRatio?: unknown;
                        valueReference?: unknown;
                        valueRelatedArtifact?: unknown;
                        valueSampledData?: unknown;
                        valueSignature?: unknown;
                        valueString?: unknown;
                        valueTime?: unknown;
                        valueTiming?: unknown;
                        valueTriggerDefinition?: unknown;
                        valueUnsignedInt?: unknown;
                        valueUri?: unknown;
                        valueUrl?: unknown;
                        valueUsageContext?: unknown;
                        valueUuid?: unknown;
                    }[];
                    /** @enum {string} */
                    resourceType: "Parameters";
                };
            };
        };
        responses: {
            /** @description A FHIR R4 resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4Location: {
        parameters: {
            query?: {
                /** @description Page size (default 50, at most 200) */
                _count?: string | string[];
                /** @description Where the page starts (the Bundle links carry it) */
                _offset?: string | string[];
                /** @description Part of the name */
                name?: string | string[];
                /** @description active or inactive */
                status?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 searchset Bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4LocationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4Metadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A FHIR R4 resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4Patient: {
        parameters: {
            query?: {
                /** @description Page size (default 50, at most 200) */
                _count?: string | string[];
                /** @description Patient ids */
                _id?: string | string[];
                /** @description Where the page starts (the Bundle links carry it) */
                _offset?: string | string[];
                /** @description true or false */
                active?: string | string[];
                /** @description Part of the name or email */
                name?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 searchset Bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4PatientById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4Practitioner: {
        parameters: {
            query?: {
                /** @description Page size (default 50, at most 200) */
                _count?: string | string[];
                /** @description Provider ids */
                _id?: string | string[];
                /** @description Where the page starts (the Bundle links carry it) */
                _offset?: string | string[];
                /** @description true or false */
                active?: string | string[];
                /** @description Part of the name */
                name?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 searchset Bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4PractitionerById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4Schedule: {
        parameters: {
            query?: {
                /** @description Page size (default 50, at most 200) */
                _count?: string | string[];
                /** @description Where the page starts (the Bundle links carry it) */
                _offset?: string | string[];
                /** @description Practitioner/ID or Location/ID */
                actor?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 searchset Bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4ScheduleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4Slot: {
        parameters: {
            query?: {
                /** @description Page size (default 50, at most 200) */
                _count?: string | string[];
                /** @description Where the page starts (the Bundle links carry it) */
                _offset?: string | string[];
                /** @description The same as start */
                date?: string | string[];
                /** @description Schedule/ID (required) */
                schedule?: string | string[];
                /** @description ge…&le… (both required, at most 62 days) */
                start?: string | string[];
                /** @description free or busy */
                status?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 searchset Bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getFhirR4SlotById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        resourceType: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A FHIR R4 OperationOutcome */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        issue: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        resourceType: "OperationOutcome";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getIcalByTokenIc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: RFC 9457 problem details */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            /** @enum {string} */
                            database: "ok" | "unreachable";
                            /** @enum {string} */
                            migrations: "ok" | "pending" | "unknown";
                        };
                        /** @enum {string} */
                        status: "ready" | "not_ready";
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            /** @enum {string} */
                            database: "ok" | "unreachable";
                            /** @enum {string} */
                            migrations: "ok" | "pending" | "unknown";
                        };
                        /** @enum {string} */
                        status: "ready" | "not_ready";
                    };
                };
            };
        };
    };
}
