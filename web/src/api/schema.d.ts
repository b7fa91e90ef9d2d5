// Generated from the API's OpenAPI document by `npm run web:schema`; do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            expires_in: number;
                        };
                    };
                };
            };
        };
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
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            expires_in: number;
                        };
                    };
                };
            };
        };
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
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "staff" | "provider" | "patient";
                            provider_id: string | null;
                            patient_id: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    search?: string;
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        /** Create a provider and their user account */
        post: {
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
                        specialization?: string | null;
                        /** @default UTC */
                        timezone?: string;
                        slot_minutes?: number;
                        min_notice_minutes?: number;
                        max_days_ahead?: number | null;
                        buffer_before_minutes?: number;
                        buffer_after_minutes?: number;
                        patient_cancel_cutoff_minutes?: number;
                        default_minutes?: number | null;
                        facilities?: string[];
                        locations?: string[];
                        schedule?: {
                            /** @enum {string} */
                            weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                            start: string;
                            end: string;
                            facility?: string | null;
                            valid_from?: string | null;
                            valid_until?: string | null;
                        }[];
                    };
                };
            };
            responses: {
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
        get: {
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
        put?: never;
        post?: never;
        /**
         * Deactivate a provider (seed 002's delete)
         * @description The same as `POST /providers/{id}/deactivate`: the provider can no longer be booked or sign in, and their appointments, hours and history stay. `POST /providers/{id}/activate` undoes it.
         */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Update a provider (staff, admin, or the provider themself) */
        patch: {
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
                        name?: string;
                        phone?: string | null;
                        password?: string;
                        current_password?: string;
                        specialization?: string | null;
                        timezone?: string;
                        active?: boolean;
                        slot_minutes?: number;
                        min_notice_minutes?: number;
                        max_days_ahead?: number | null;
                        buffer_before_minutes?: number;
                        buffer_after_minutes?: number;
                        patient_cancel_cutoff_minutes?: number;
                        default_minutes?: number | null;
                        facilities?: string[];
                        locations?: string[];
                        schedule?: {
                            /** @enum {string} */
                            weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                            start: string;
                            end: string;
                            facility?: string | null;
                            valid_from?: string | null;
                            valid_until?: string | null;
                        }[];
                    };
                };
            };
            responses: {
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
        post: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        post: {
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    search?: string;
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        /** Create a patient and their user account */
        post: {
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
                        date_of_birth?: string | null;
                        timezone?: string | null;
                    };
                };
            };
            responses: {
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
        get: {
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a patient (staff, admin, or the patient themself) */
        patch: {
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
                        name?: string;
                        phone?: string | null;
                        password?: string;
                        current_password?: string;
                        date_of_birth?: string | null;
                        timezone?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
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
        post: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        post: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    search?: string;
                    active?: "true" | "false";
                    role?: "admin" | "staff" | "provider" | "patient";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        /** Create a staff member or admin */
        post: {
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
                        /** @enum {string} */
                        role: "admin" | "staff";
                        phone?: string | null;
                    };
                };
            };
            responses: {
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
        get: {
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user (name, phone, password, active; a patient's timezone) */
        patch: {
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
                        name?: string;
                        phone?: string | null;
                        password?: string;
                        current_password?: string;
                        active?: boolean;
                        timezone?: string | null;
                    };
                };
            };
            responses: {
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    search?: string;
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        /** Create a topic (what a visit is about, and how long it lasts) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        duration: number;
                        min_notice_minutes?: number | null;
                        max_days_ahead?: number | null;
                        buffer_before_minutes?: number | null;
                        buffer_after_minutes?: number | null;
                        align_minutes?: number | null;
                        price?: number | null;
                        currency?: string | null;
                        patient_cancel_cutoff_minutes?: number | null;
                        code?: string | null;
                    };
                };
            };
            responses: {
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
        get: {
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a topic (existing appointments keep their end time) */
        patch: {
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
                        name?: string;
                        duration?: number;
                        active?: boolean;
                        min_notice_minutes?: number | null;
                        max_days_ahead?: number | null;
                        buffer_before_minutes?: number | null;
                        buffer_after_minutes?: number | null;
                        align_minutes?: number | null;
                        price?: number | null;
                        currency?: string | null;
                        patient_cancel_cutoff_minutes?: number | null;
                        code?: string | null;
                    };
                };
            };
            responses: {
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "cancelled" | "canceled")[];
                    provider?: string[];
                    patient?: string;
                    facility?: string;
                    topic?: string;
                    appointment_type?: string;
                    from?: string;
                    to?: string;
                    ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                    /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry cursors); `offset` is ignored then. Deep pages cost what the first does. */
                    cursor?: string;
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        /**
         * Book an appointment
         * @description A patient books for themself with any active provider; a provider books for themself with any patient; staff and admins name both. `end_time` is `start_time` plus the sum of the topics' durations. A time that overlaps another held, scheduled or in-progress appointment of the provider, the patient or a single-room facility is refused with 409 `slot_unavailable`. A patient's booking of a priced visit starts as a hold (`pending_payment`, see `hold_expires_at`) until paid (`POST /appointments/{id}/checkout`, then the payment gateway).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        provider?: string;
                        /** Format: uuid */
                        patient?: string;
                        topics?: string[];
                        topic?: string | string[];
                        appointment_type?: string;
                        /** Format: date-time */
                        start_time: string;
                        provider_notes?: string | null;
                        facility?: string | null;
                        mode?: ("in_person" | "phone" | "video") | null;
                        reason?: string | null;
                        /** Format: date-time */
                        end_time?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
            };
        };
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "cancelled" | "canceled")[];
                    provider?: string[];
                    patient?: string;
                    facility?: string;
                    topic?: string;
                    appointment_type?: string;
                    from?: string;
                    to?: string;
                    ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                    /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry cursors); `offset` is ignored then. Deep pages cost what the first does. */
                    cursor?: string;
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "cancelled" | "canceled")[];
                    provider?: string[];
                    patient?: string;
                    facility?: string;
                    topic?: string;
                    appointment_type?: string;
                    from?: string;
                    to?: string;
                    ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                    /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry cursors); `offset` is ignored then. Deep pages cost what the first does. */
                    cursor?: string;
                    search?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        post?: never;
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: ("pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired" | "cancelled" | "canceled")[];
                    provider?: string[];
                    patient?: string;
                    facility?: string;
                    topic?: string;
                    appointment_type?: string;
                    from?: string;
                    to?: string;
                    ordering?: "start_time" | "-start_time" | "created_at" | "-created_at";
                    /** @description Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry cursors); `offset` is ignored then. Deep pages cost what the first does. */
                    cursor?: string;
                    search?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        post?: never;
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
        get: {
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
        /**
         * Full update: time, topics, place, notes (and, for staff, provider or patient)
         * @description The old time is freed and the new one taken in one transaction, under the same checks as a booking.
         */
        put: {
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
                        provider?: string;
                        /** Format: uuid */
                        patient?: string;
                        topics?: string[];
                        topic?: string | string[];
                        appointment_type?: string;
                        /** Format: date-time */
                        start_time: string;
                        provider_notes?: string | null;
                        facility?: string | null;
                        mode?: ("in_person" | "phone" | "video") | null;
                        reason?: string | null;
                        /** Format: date-time */
                        end_time?: string;
                    };
                };
            };
            responses: {
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
        post?: never;
        /**
         * Cancel (the appointment stays, with its history)
         * @description Same as `POST /appointments/{id}/cancel`, with `reason` and `on_behalf_of` in the query. Staff and admins cancel on the patient's behalf unless `on_behalf_of=provider`; either way the appointment records who did it (`cancellation.by_user`, `by_role`) and on whose behalf (`cancellation.by`).
         */
        delete: {
            parameters: {
                query?: {
                    reason?: string;
                    on_behalf_of?: "patient" | "provider";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change status or provider notes
         * @description Patients may only set `status` to `user_canceled`. Providers may set `provider_notes` and `status` to `provider_canceled`, `in_progress`, `completed` or `no_show`. A change the role may never make is 403; a change not allowed from the current status is 409 `invalid_transition`.
         */
        patch: {
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
                        status?: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
                        provider_notes?: string | null;
                        cancel_reason?: string;
                    };
                };
            };
            responses: {
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
        post: {
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
                        /** @enum {string} */
                        on_behalf_of?: "patient" | "provider";
                    };
                };
            };
            responses: {
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
        post: {
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
        post: {
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
        post: {
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
        post: {
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
        post: {
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
                        start_time: string;
                        topics?: string[];
                        topic?: string | string[];
                        appointment_type?: string;
                    };
                };
            };
            responses: {
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
        post: {
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
        get: {
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
        put?: never;
        post?: never;
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    search?: string;
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        /**
         * Create a facility (clinic, hospital, practice location)
         * @description `operating_hours` are wall-clock ranges in the facility's `timezone`; several per day are allowed, a weekday without any is closed, and an empty list means no restriction. `closures` are whole local days. `appointment_minutes` and `align_minutes` make every visit there a fixed length starting on that alignment (e.g. 60 and 60: one hour, on the hour).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default [] */
                        address?: string[];
                        timezone: string;
                        /** @default [] */
                        operating_hours?: {
                            /** @enum {string} */
                            weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                            open: string;
                            close: string;
                        }[];
                        /** @default [] */
                        closures?: {
                            date: string;
                            /** @default null */
                            reason?: string | null;
                        }[];
                        /** @default null */
                        appointment_minutes?: number | null;
                        /** @default null */
                        align_minutes?: number | null;
                        /** @default false */
                        single_occupancy?: boolean;
                    };
                };
            };
            responses: {
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
        get: {
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a facility */
        patch: {
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
                        name?: string;
                        address?: string[];
                        timezone?: string;
                        operating_hours?: {
                            /** @enum {string} */
                            weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                            open: string;
                            close: string;
                        }[];
                        closures?: {
                            date: string;
                            /** @default null */
                            reason?: string | null;
                        }[];
                        appointment_minutes?: number | null;
                        align_minutes?: number | null;
                        single_occupancy?: boolean;
                        active?: boolean;
                    };
                };
            };
            responses: {
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
        get: {
            parameters: {
                query?: {
                    provider?: string[];
                    from?: string;
                    to?: string;
                    date?: string;
                    facility?: string;
                    mode?: "in_person" | "phone" | "video";
                    timezone?: string;
                    limit?: number;
                    offset?: number;
                    duration?: number;
                    topics?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
                            results: components["schemas"]["Slot"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
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
        get: {
            parameters: {
                query: {
                    start_time: string;
                    facility?: string;
                    duration?: number;
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
        put?: never;
        post?: never;
        delete?: never;
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
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    provider?: string[];
                    facility?: string;
                    timezone?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            timezone: string;
                            opening_hours: {
                                /** Format: uuid */
                                facility: string;
                                start_time: string;
                                end_time: string;
                            }[];
                            availabilities: {
                                /** Format: uuid */
                                provider: string;
                                facility: string | null;
                                /** Format: uuid */
                                availability: string;
                                /** @enum {string} */
                                kind: "weekly" | "dated";
                                start_time: string;
                                end_time: string;
                            }[];
                            time_off: {
                                /** Format: uuid */
                                provider: string;
                                start_time: string;
                                end_time: string;
                            }[];
                            appointments: components["schemas"]["Appointment"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        get: {
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
        put?: never;
        /**
         * Add an availability rule
         * @description Weekly `{weekday, start, end, facility?, valid_from?, valid_until?}` or one date `{date, start, end, facility?}`. Wall-clock times in the facility's time zone, else the provider's. A rule at a facility must lie within its operating hours on every day it applies (422 `outside_operating_hours`). Admins, staff and the provider themself may write.
         */
        post: {
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
                        weekday?: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                        date?: string;
                        start: string;
                        end: string;
                        facility?: string | null;
                        valid_from?: string | null;
                        valid_until?: string | null;
                    };
                };
            };
            responses: {
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
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        get: {
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
        put?: never;
        /** Add time off (removes that time from availability) */
        post: {
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
                        start_time: string;
                        /** Format: date-time */
                        end_time: string;
                        reason?: string | null;
                    };
                };
            };
            responses: {
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
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
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
        get: {
            parameters: {
                query?: {
                    unread?: "0" | "1" | "true" | "false";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        get: {
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
        put?: never;
        post?: never;
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        post: {
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
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Choose your notification channels */
        patch: {
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
        get: {
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
        put?: never;
        /**
         * Subscribe a URL to appointment events
         * @description Each event is POSTed as JSON `{type: "appointment.<event>", timestamp, data}` and signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`). Non-2xx answers are retried with exponential backoff; after repeated failures the subscription shows `status: failing` but keeps receiving retries. The `secret` is returned only in this response.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        url: string;
                        events: ("*" | "appointment.created" | "appointment.held" | "appointment.paid" | "appointment.rescheduled" | "appointment.canceled" | "appointment.started" | "appointment.completed" | "appointment.no_show" | "appointment.expired" | "appointment.overdue" | "appointment.reminder")[];
                        description?: string | null;
                    };
                };
            };
            responses: {
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
        get: {
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
        put?: never;
        post?: never;
        /** Delete a subscription and its delivery log */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a subscription: URL, events, description, or switch it off and on */
        patch: {
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
                        /** Format: uri */
                        url?: string;
                        events?: ("*" | "appointment.created" | "appointment.held" | "appointment.paid" | "appointment.rescheduled" | "appointment.canceled" | "appointment.started" | "appointment.completed" | "appointment.no_show" | "appointment.expired" | "appointment.overdue" | "appointment.reminder")[];
                        description?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
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
        get: {
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    delivery_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        post: {
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    appointment?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        put?: never;
        /**
         * Confirm a payment for a hold (the payment gateway's callback)
         * @description Called by the gateway, not by users: `payment-gateway-signature: v1=<hex HMAC-SHA256 of "{timestamp}.{body}" with PAYMENT_GATEWAY_SECRET>` and `payment-gateway-timestamp: <Unix seconds>`, at most 5 minutes off; anything else is 401. The order must be one a checkout opened for the appointment (422 `unknown_order`) and the amount its amount (422 `amount_mismatch`). On success the appointment becomes `scheduled` and the provider is notified. Idempotent by `payment_id`: repeating the call returns the same answer. A lapsed hold is 409 `hold_expired`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        order_id: string;
                        payment_id: string;
                        amount: number;
                        /** Format: uuid */
                        appointment_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payment: components["schemas"]["Payment"];
                            appointment: components["schemas"]["Appointment"];
                        };
                    };
                };
            };
        };
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
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        Topic: {
            /** Format: uuid */
            id: string;
            name: string;
            duration: number;
            active: boolean;
            min_notice_minutes: number | null;
            max_days_ahead: number | null;
            buffer_before_minutes: number | null;
            buffer_after_minutes: number | null;
            align_minutes: number | null;
            price: number | null;
            currency: string | null;
            patient_cancel_cutoff_minutes: number | null;
            code: string | null;
            created_at: string;
            updated_at: string;
        };
        Appointment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provider: string;
            provider_name: string;
            /** Format: uuid */
            patient: string;
            patient_name: string;
            topics: string[];
            topic_details: {
                /** Format: uuid */
                id: string;
                name: string;
                duration: number;
            }[];
            appointment_type: string | null;
            reason: string | null;
            provider_notes: string | null;
            facility: string | null;
            facility_name: string | null;
            mode: ("in_person" | "phone" | "video") | null;
            /** @enum {string} */
            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
            start_time: string;
            end_time: string;
            duration_minutes: number;
            is_upcoming: boolean;
            cancellation: {
                /** @enum {string} */
                by: "patient" | "provider";
                by_user: string | null;
                by_role: ("admin" | "staff" | "provider" | "patient") | null;
                at: string | null;
                reason: string | null;
            } | null;
            created_by: string | null;
            hold_expires_at: string | null;
            price: {
                amount: number;
                currency: string;
            } | null;
            payment: {
                /** @enum {string} */
                status: "not_required" | "pending" | "paid" | "expired" | "unpaid";
                payment_id: string | null;
                paid_at: string | null;
            };
            created_at: string;
            updated_at: string;
        };
        AppointmentDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provider: string;
            provider_name: string;
            /** Format: uuid */
            patient: string;
            patient_name: string;
            topics: string[];
            topic_details: {
                /** Format: uuid */
                id: string;
                name: string;
                duration: number;
            }[];
            appointment_type: string | null;
            reason: string | null;
            provider_notes: string | null;
            facility: string | null;
            facility_name: string | null;
            mode: ("in_person" | "phone" | "video") | null;
            /** @enum {string} */
            status: "pending_payment" | "scheduled" | "in_progress" | "completed" | "overdue" | "no_show" | "user_canceled" | "provider_canceled" | "expired";
            start_time: string;
            end_time: string;
            duration_minutes: number;
            is_upcoming: boolean;
            cancellation: {
                /** @enum {string} */
                by: "patient" | "provider";
                by_user: string | null;
                by_role: ("admin" | "staff" | "provider" | "patient") | null;
                at: string | null;
                reason: string | null;
            } | null;
            created_by: string | null;
            hold_expires_at: string | null;
            price: {
                amount: number;
                currency: string;
            } | null;
            payment: {
                /** @enum {string} */
                status: "not_required" | "pending" | "paid" | "expired" | "unpaid";
                payment_id: string | null;
                paid_at: string | null;
            };
            created_at: string;
            updated_at: string;
            notifications_sent: {
                channel: string;
                recipient: string;
                event: string;
                status: string;
                sent_at: string | null;
            }[];
        };
        Conflicts: {
            has_conflicts: boolean;
            conflicts: {
                provider: {
                    id: string | null;
                    start_time: string;
                    end_time: string;
                    patient__first_name?: string;
                    patient__last_name?: string;
                    provider__first_name?: string;
                    provider__last_name?: string;
                }[];
                patient: {
                    id: string | null;
                    start_time: string;
                    end_time: string;
                    patient__first_name?: string;
                    patient__last_name?: string;
                    provider__first_name?: string;
                    provider__last_name?: string;
                }[];
                facility: {
                    id: string | null;
                    start_time: string;
                    end_time: string;
                    patient__first_name?: string;
                    patient__last_name?: string;
                    provider__first_name?: string;
                    provider__last_name?: string;
                }[];
            };
        };
        AppointmentHistory: {
            id: number;
            type: string;
            actor: {
                user_id: string | null;
                role: string;
            };
            changes: {
                [key: string]: unknown;
            };
            created_at: string;
        }[];
        Availability: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provider: string;
            /** @enum {string} */
            kind: "weekly" | "dated";
            weekday: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday") | null;
            date: string | null;
            start: string;
            end: string;
            facility: string | null;
            valid_from: string | null;
            valid_until: string | null;
            created_at: string;
        };
        TimeOff: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provider: string;
            start_time: string;
            end_time: string;
            reason: string | null;
            created_at: string;
        };
        Provider: {
            /** Format: uuid */
            id: string;
            name: string;
            specialization: string | null;
            timezone: string;
            active: boolean;
            facilities: string[];
            locations: string[];
            default_minutes: number | null;
            slot_minutes: number;
            min_notice_minutes: number;
            max_days_ahead: number | null;
            buffer_before_minutes: number;
            buffer_after_minutes: number;
            patient_cancel_cutoff_minutes: number;
            user?: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
                phone: string | null;
            };
            created_at: string;
            updated_at: string;
        };
        Patient: {
            /** Format: uuid */
            id: string;
            name: string;
            date_of_birth?: string | null;
            timezone?: string | null;
            active: boolean;
            user?: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
                phone: string | null;
            };
            created_at: string;
            updated_at: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            phone: string | null;
            /** @enum {string} */
            role: "admin" | "staff" | "provider" | "patient";
            active: boolean;
            created_at: string;
            updated_at: string;
        };
        Facility: {
            /** Format: uuid */
            id: string;
            name: string;
            address: string[];
            timezone: string;
            operating_hours: {
                /** @enum {string} */
                weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                open: string;
                close: string;
            }[];
            closures: {
                date: string;
                reason: string | null;
            }[];
            appointment_minutes: number | null;
            align_minutes: number | null;
            single_occupancy: boolean;
            active: boolean;
            created_at: string;
            updated_at: string;
        };
        Slot: {
            /** Format: uuid */
            provider: string;
            facility: string | null;
            start_time: string;
            end_time: string;
        };
        SlotExplanation: {
            bookable: boolean;
            /** Format: uuid */
            provider: string;
            facility: string | null;
            start_time: string;
            end_time: string;
            reasons: {
                code: string;
                message: string;
            }[];
        };
        FeedItem: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            event: "created" | "held" | "paid" | "rescheduled" | "canceled" | "started" | "completed" | "no_show" | "expired" | "overdue" | "reminder";
            title: string;
            body: string;
            appointment: string | null;
            start_time: string | null;
            read: boolean;
            read_at: string | null;
            created_at: string;
        };
        StreamTicket: {
            ticket: string;
            expires_in: number;
        };
        NotificationPreferences: {
            notify_email: boolean;
            notify_sms: boolean;
            has_phone: boolean;
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            events: string[];
            description: string | null;
            active: boolean;
            /** @enum {string} */
            status: "healthy" | "failing" | "disabled";
            consecutive_failures: number;
            total_failures: number;
            last_success_at: string | null;
            last_failure_at: string | null;
            last_error: string | null;
            created_at: string;
            updated_at: string;
        };
        WebhookCreated: {
            /** Format: uuid */
            id: string;
            url: string;
            events: string[];
            description: string | null;
            active: boolean;
            /** @enum {string} */
            status: "healthy" | "failing" | "disabled";
            consecutive_failures: number;
            total_failures: number;
            last_success_at: string | null;
            last_failure_at: string | null;
            last_error: string | null;
            created_at: string;
            updated_at: string;
            secret: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            notification: string;
            event: string;
            attempt: number;
            success: boolean;
            status_code: number | null;
            error: string | null;
            duration_ms: number;
            attempted_at: string;
            notification_status: string;
        };
        WebhookReplay: {
            /** Format: uuid */
            notification: string;
            status: string;
            next_attempt_at: string;
        };
        Payment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            appointment_id: string;
            order_id: string;
            payment_id: string;
            amount: number;
            currency: string;
            /** @constant */
            status: "succeeded";
            created_at: string;
        };
        Checkout: {
            order_id: string;
            /** Format: uuid */
            appointment_id: string;
            amount: number;
            currency: string;
            gateway: string;
            payment_url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
