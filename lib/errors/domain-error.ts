/**
 * Errors the domain raises on purpose. Each carries a message written for the person using the
 * app; route helpers map them to HTTP statuses, anything else becomes a generic 500.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, details?: unknown) {
    super(message, 400, "invalid_input", details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Please sign in to continue.") {
    super(message, 401, "unauthenticated");
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do that.") {
    super(message, 403, "forbidden");
  }
}

export class NotFoundError extends DomainError {
  constructor(what = "That item") {
    super(`${what} was not found.`, 404, "not_found");
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: unknown) {
    super(message, 409, "conflict", details);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message, 429, "too_many_requests");
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(message: string) {
    super(message, 413, "too_large");
  }
}

/** Well-formed, but more work than Factmark will do for one request (a page that takes too long to read). */
export class UnprocessableError extends DomainError {
  constructor(message: string) {
    super(message, 422, "too_costly");
  }
}

/** This server has all the work of one kind it will take right now; the same request later will likely be served. */
export class ServiceBusyError extends DomainError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message, 503, "busy");
  }
}
