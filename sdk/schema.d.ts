// Generated from /openapi.json by scripts/openapi-types.mjs (openapi-typescript). Do not edit: run `npm run sdk:generate`.

export interface paths {
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
         * @description A patient books for themself with any active provider; a provider books for themself with any patient; staff and admins name both. `end_time` is `start_time` plus the sum of the topics' durations. A time that overlaps another held, scheduled or in-progress appointment of the provider, the patient or a single-room facility is refused with 409 `slot_unavailable`. A patient's booking of a priced visit starts as a hold (`pending_payment`, see `hold_expires_at`) until paid (`POST /appointments/{id}/checkout`, then the payment gateway).
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
        /** Create a provider and their user account */
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
         * @description Reasons: `facility_closed`, `outside_operating_hours`, `outside_availability`, `time_off`, `conflict`, `too_soon`, `too_far_ahead`, `off_grid`, `provider_inactive`, `not_at_facility`.
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
    "/api/v1/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find free slots
         * @description `provider` (repeatable, up to 50), `from`/`to` local dates (or `date` for one day, at most 62 days), and `duration` in minutes or `topics=ID,ID`; optional `facility`, `mode` and `timezone` (how the dates are read). Respects availability, opening hours, closures, time off, existing appointments, buffers, notice, horizon and alignment. Results are in time order.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiV1Appointments: {
        parameters: {
            query?: {
                appointment_type?: string;
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry cursors); `offset` is ignored then. Deep pages cost what the first does. */
                cursor?: string;
                facility?: string;
                from?: string;
                limit?: number;
                offset?: number;
                ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                patient?: string;
                provider?: string[];
                search?: string;
                status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "cancelled" | "canceled")[];
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
                        results: {
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
                            start_time: string;
                            /** @enum {string} */
                            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
                            topic_details: {
                                duration: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            topics: string[];
                            updated_at: string;
                        }[];
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                    status?: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                    "application/json": {
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
                    "application/json": {
                        amount: number;
                        /** Format: uuid */
                        appointment_id: string;
                        currency: string;
                        gateway: string;
                        order_id: string;
                        payment_url: string;
                    };
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                    "application/json": {
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
                        start_time: string;
                        /** @enum {string} */
                        status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
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
    getApiV1AppointmentsByPatientById: {
        parameters: {
            query?: {
                appointment_type?: string;
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry cursors); `offset` is ignored then. Deep pages cost what the first does. */
                cursor?: string;
                facility?: string;
                from?: string;
                limit?: number;
                offset?: number;
                ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                patient?: string;
                provider?: string[];
                search?: string;
                status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "cancelled" | "canceled")[];
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
                        results: {
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
                            start_time: string;
                            /** @enum {string} */
                            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
                            topic_details: {
                                duration: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            topics: string[];
                            updated_at: string;
                        }[];
                    };
                };
            };
        };
    };
    getApiV1AppointmentsByProviderById: {
        parameters: {
            query?: {
                appointment_type?: string;
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry cursors); `offset` is ignored then. Deep pages cost what the first does. */
                cursor?: string;
                facility?: string;
                from?: string;
                limit?: number;
                offset?: number;
                ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                patient?: string;
                provider?: string[];
                search?: string;
                status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "cancelled" | "canceled")[];
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
                        results: {
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
                            start_time: string;
                            /** @enum {string} */
                            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
                            topic_details: {
                                duration: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            topics: string[];
                            updated_at: string;
                        }[];
                    };
                };
            };
        };
    };
    getApiV1AppointmentsUpcoming: {
        parameters: {
            query?: {
                appointment_type?: string;
                /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry cursors); `offset` is ignored then. Deep pages cost what the first does. */
                cursor?: string;
                facility?: string;
                from?: string;
                limit?: number;
                offset?: number;
                ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                patient?: string;
                provider?: string[];
                search?: string;
                status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "cancelled" | "canceled")[];
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
                        results: {
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
                            start_time: string;
                            /** @enum {string} */
                            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
                            topic_details: {
                                duration: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            topics: string[];
                            updated_at: string;
                        }[];
                    };
                };
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
                        expires_in: number;
                        /** @enum {string} */
                        token_type: "Bearer";
                    };
                };
            };
        };
    };
    getApiV1Facilities: {
        parameters: {
            query?: {
                active?: "true" | "false";
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
                        results: {
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
                        }[];
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
                    "application/json": {
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
                    "application/json": {
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
                    "application/json": {
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
                        expires_in: number;
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
                    "application/json": {
                        has_phone: boolean;
                        notify_email: boolean;
                        notify_sms: boolean;
                    };
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
                    "application/json": {
                        has_phone: boolean;
                        notify_email: boolean;
                        notify_sms: boolean;
                    };
                };
            };
        };
    };
    getApiV1Notifications: {
        parameters: {
            query?: {
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
                        results: {
                            appointment: string | null;
                            body: string;
                            created_at: string;
                            /** @enum {string} */
                            event: "created" | "held" | "paid" | "rescheduled" | "canceled" | "started" | "completed" | "no_show" | "expired" | "overdue" | "reminder";
                            /** Format: uuid */
                            id: string;
                            read: boolean;
                            read_at: string | null;
                            start_time: string | null;
                            title: string;
                        }[];
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
                    "application/json": {
                        appointment: string | null;
                        body: string;
                        created_at: string;
                        /** @enum {string} */
                        event: "created" | "held" | "paid" | "rescheduled" | "canceled" | "started" | "completed" | "no_show" | "expired" | "overdue" | "reminder";
                        /** Format: uuid */
                        id: string;
                        read: boolean;
                        read_at: string | null;
                        start_time: string | null;
                        title: string;
                    };
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
                    "application/json": {
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
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
                    "application/json": {
                        expires_in: number;
                        ticket: string;
                    };
                };
            };
        };
    };
    getApiV1Patients: {
        parameters: {
            query?: {
                active?: "true" | "false";
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
                        results: {
                            active: boolean;
                            created_at: string;
                            date_of_birth?: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            timezone?: string | null;
                            updated_at: string;
                            user?: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                phone: string | null;
                            };
                        }[];
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
                    email: string;
                    name: string;
                    password: string;
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
                    "application/json": {
                        active: boolean;
                        created_at: string;
                        date_of_birth?: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        timezone?: string | null;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
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
                    "application/json": {
                        active: boolean;
                        created_at: string;
                        date_of_birth?: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        timezone?: string | null;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
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
                    "application/json": {
                        active: boolean;
                        created_at: string;
                        date_of_birth?: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        timezone?: string | null;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
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
                    "application/json": {
                        active: boolean;
                        created_at: string;
                        date_of_birth?: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        timezone?: string | null;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
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
                    "application/json": {
                        active: boolean;
                        created_at: string;
                        date_of_birth?: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        timezone?: string | null;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
                };
            };
        };
    };
    getApiV1Payments: {
        parameters: {
            query?: {
                appointment?: string;
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
                            amount: number;
                            /** Format: uuid */
                            appointment_id: string;
                            created_at: string;
                            currency: string;
                            /** Format: uuid */
                            id: string;
                            order_id: string;
                            payment_id: string;
                            /** @enum {string} */
                            status: "succeeded";
                        }[];
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
                        appointment: {
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
                            start_time: string;
                            /** @enum {string} */
                            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
                            topic_details: {
                                duration: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            topics: string[];
                            updated_at: string;
                        };
                        payment: {
                            amount: number;
                            /** Format: uuid */
                            appointment_id: string;
                            created_at: string;
                            currency: string;
                            /** Format: uuid */
                            id: string;
                            order_id: string;
                            payment_id: string;
                            /** @enum {string} */
                            status: "succeeded";
                        };
                    };
                };
            };
        };
    };
    getApiV1Providers: {
        parameters: {
            query?: {
                active?: "true" | "false";
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
                        results: {
                            active: boolean;
                            buffer_after_minutes: number;
                            buffer_before_minutes: number;
                            created_at: string;
                            default_minutes: number | null;
                            facilities: string[];
                            /** Format: uuid */
                            id: string;
                            locations: string[];
                            max_days_ahead: number | null;
                            min_notice_minutes: number;
                            name: string;
                            patient_cancel_cutoff_minutes: number;
                            slot_minutes: number;
                            specialization: string | null;
                            timezone: string;
                            updated_at: string;
                            user?: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                phone: string | null;
                            };
                        }[];
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
                    "application/json": {
                        active: boolean;
                        buffer_after_minutes: number;
                        buffer_before_minutes: number;
                        created_at: string;
                        default_minutes: number | null;
                        facilities: string[];
                        /** Format: uuid */
                        id: string;
                        locations: string[];
                        max_days_ahead: number | null;
                        min_notice_minutes: number;
                        name: string;
                        patient_cancel_cutoff_minutes: number;
                        slot_minutes: number;
                        specialization: string | null;
                        timezone: string;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
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
                    "application/json": {
                        active: boolean;
                        buffer_after_minutes: number;
                        buffer_before_minutes: number;
                        created_at: string;
                        default_minutes: number | null;
                        facilities: string[];
                        /** Format: uuid */
                        id: string;
                        locations: string[];
                        max_days_ahead: number | null;
                        min_notice_minutes: number;
                        name: string;
                        patient_cancel_cutoff_minutes: number;
                        slot_minutes: number;
                        specialization: string | null;
                        timezone: string;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
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
                    "application/json": {
                        active: boolean;
                        buffer_after_minutes: number;
                        buffer_before_minutes: number;
                        created_at: string;
                        default_minutes: number | null;
                        facilities: string[];
                        /** Format: uuid */
                        id: string;
                        locations: string[];
                        max_days_ahead: number | null;
                        min_notice_minutes: number;
                        name: string;
                        patient_cancel_cutoff_minutes: number;
                        slot_minutes: number;
                        specialization: string | null;
                        timezone: string;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
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
                    "application/json": {
                        active: boolean;
                        buffer_after_minutes: number;
                        buffer_before_minutes: number;
                        created_at: string;
                        default_minutes: number | null;
                        facilities: string[];
                        /** Format: uuid */
                        id: string;
                        locations: string[];
                        max_days_ahead: number | null;
                        min_notice_minutes: number;
                        name: string;
                        patient_cancel_cutoff_minutes: number;
                        slot_minutes: number;
                        specialization: string | null;
                        timezone: string;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
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
                    "application/json": {
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
                    }[];
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
                    "application/json": {
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
                    "application/json": {
                        bookable: boolean;
                        end_time: string;
                        facility: string | null;
                        /** Format: uuid */
                        provider: string;
                        reasons: {
                            code: string;
                            message: string;
                        }[];
                        start_time: string;
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
                    "application/json": {
                        active: boolean;
                        buffer_after_minutes: number;
                        buffer_before_minutes: number;
                        created_at: string;
                        default_minutes: number | null;
                        facilities: string[];
                        /** Format: uuid */
                        id: string;
                        locations: string[];
                        max_days_ahead: number | null;
                        min_notice_minutes: number;
                        name: string;
                        patient_cancel_cutoff_minutes: number;
                        slot_minutes: number;
                        specialization: string | null;
                        timezone: string;
                        updated_at: string;
                        user?: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                        };
                    };
                };
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
                    "application/json": {
                        created_at: string;
                        end_time: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        provider: string;
                        reason: string | null;
                        start_time: string;
                    }[];
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
                    "application/json": {
                        created_at: string;
                        end_time: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        provider: string;
                        reason: string | null;
                        start_time: string;
                    };
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
                        appointments: {
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
                            start_time: string;
                            /** @enum {string} */
                            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
                            topic_details: {
                                duration: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            topics: string[];
                            updated_at: string;
                        }[];
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
                        count: number;
                        /** @description true when `count` stopped at the cap (10,000 for appointments) instead of counting every match */
                        count_capped?: boolean;
                        next: string | null;
                        previous: string | null;
                        results: {
                            end_time: string;
                            facility: string | null;
                            /** Format: uuid */
                            provider: string;
                            start_time: string;
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
                        results: {
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
                            updated_at: string;
                        }[];
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
                        updated_at: string;
                    };
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
                    "application/json": {
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
                        updated_at: string;
                    };
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
                        updated_at: string;
                    };
                };
            };
        };
    };
    getApiV1Users: {
        parameters: {
            query?: {
                active?: "true" | "false";
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
                        results: {
                            active: boolean;
                            created_at: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "admin" | "staff" | "provider" | "patient";
                            updated_at: string;
                        }[];
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
                    "application/json": {
                        active: boolean;
                        created_at: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        phone: string | null;
                        /** @enum {string} */
                        role: "admin" | "staff" | "provider" | "patient";
                        updated_at: string;
                    };
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
                    "application/json": {
                        active: boolean;
                        created_at: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        phone: string | null;
                        /** @enum {string} */
                        role: "admin" | "staff" | "provider" | "patient";
                        updated_at: string;
                    };
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
                    "application/json": {
                        active: boolean;
                        created_at: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        phone: string | null;
                        /** @enum {string} */
                        role: "admin" | "staff" | "provider" | "patient";
                        updated_at: string;
                    };
                };
            };
        };
    };
    getApiV1Webhooks: {
        parameters: {
            query?: {
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
                        }[];
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
                    events: ("*" | "appointment.created" | "appointment.held" | "appointment.paid" | "appointment.rescheduled" | "appointment.canceled" | "appointment.started" | "appointment.completed" | "appointment.no_show" | "appointment.expired" | "appointment.overdue" | "appointment.reminder")[];
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
                    "application/json": {
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
                    "application/json": {
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
                    events?: ("*" | "appointment.created" | "appointment.held" | "appointment.paid" | "appointment.rescheduled" | "appointment.canceled" | "appointment.started" | "appointment.completed" | "appointment.no_show" | "appointment.expired" | "appointment.overdue" | "appointment.reminder")[];
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
                    "application/json": {
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
                };
            };
        };
    };
    getApiV1WebhooksByIdDeliveries: {
        parameters: {
            query?: {
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
                        results: {
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
                        }[];
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
                    "application/json": {
                        next_attempt_at: string;
                        /** Format: uuid */
                        notification: string;
                        status: string;
                    };
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
                        [key: string]: unknown;
                    };
                    parameter?: ({
                        name: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** @enum {string} */
                    resourceType: "Parameters";
                };
                "application/json": {
                    id?: string;
                    implicitRules?: string;
                    language?: string;
                    meta?: {
                        [key: string]: unknown;
                    };
                    parameter?: ({
                        name: string;
                    } & {
                        [key: string]: unknown;
                    })[];
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
                        [key: string]: unknown;
                    };
                    parameter?: ({
                        name: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** @enum {string} */
                    resourceType: "Parameters";
                };
                "application/json": {
                    id?: string;
                    implicitRules?: string;
                    language?: string;
                    meta?: {
                        [key: string]: unknown;
                    };
                    parameter?: ({
                        name: string;
                    } & {
                        [key: string]: unknown;
                    })[];
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
                        [key: string]: unknown;
                    };
                    parameter?: ({
                        name: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** @enum {string} */
                    resourceType: "Parameters";
                };
                "application/json": {
                    id?: string;
                    implicitRules?: string;
                    language?: string;
                    meta?: {
                        [key: string]: unknown;
                    };
                    parameter?: ({
                        name: string;
                    } & {
                        [key: string]: unknown;
                    })[];
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
}
