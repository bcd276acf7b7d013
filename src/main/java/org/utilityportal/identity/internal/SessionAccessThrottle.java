package org.utilityportal.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The sessions in PostgreSQL as the request filter and the portal see them: Spring
 * Session's repository, except that a request moves the stored last-access time only when
 * it is at least {@code interval} old. Spring Session sets the last-access time on every
 * request, which marks the session changed and costs an UPDATE of its row and a commit on
 * every page view; here a session whose last access was written less than an interval ago
 * stays unchanged, so a page view writes nothing and sends no statement after the
 * session's read. Everything else (a new id at sign-in, the staff idle time-out,
 * attributes) is written by Spring Session as before, with the last access as stored.
 * <p>
 * A session therefore expires between {@code timeout - interval} and {@code timeout}
 * after its last request: never later than its idle time-out, at most one interval
 * earlier.
 * <p>
 * Reading a session is one statement and runs without a transaction of its own (Spring
 * Session's repository is given none); what writes (saving, deleting, the search by
 * person) runs in a transaction of its own, as Spring Session does by default. See
 * docs/DECISIONS.md, "The counter search regression against 2e0ab2d (issue 16)".
 *
 * @param <S> the repository's own session type
 */
final class SessionAccessThrottle<S extends Session>
		implements FindByIndexNameSessionRepository<SessionAccessThrottle.ThrottledSession<S>> {

	/** The timer of session reads, for operators and the counter search benchmark. */
	static final String READS = "portal.session.reads";

	private final FindByIndexNameSessionRepository<S> sessions;

	private final Duration interval;

	private final TransactionOperations ownTransaction;

	private final Timer reads;

	/**
	 * @param sessions Spring Session's repository, running its statements in no
	 * transaction of its own
	 * @param interval how old the stored last-access time must be before a request moves
	 * it
	 * @param ownTransaction a new transaction for each write
	 * @param reads times every read of a session ({@value #READS})
	 */
	SessionAccessThrottle(FindByIndexNameSessionRepository<S> sessions, Duration interval,
			TransactionOperations ownTransaction, Timer reads) {
		this.sessions = sessions;
		this.interval = interval;
		this.ownTransaction = ownTransaction;
		this.reads = reads;
	}

	/**
	 * The timer of session reads in {@code registry}: what sharing sessions between
	 * instances costs a page view (the statement's round trip, not the attributes'
	 * deserialization, which Spring Session does when an attribute is first asked for).
	 */
	static Timer readTimer(MeterRegistry registry) {
		return Timer.builder(READS)
			.description("Reads of an HTTP session from PostgreSQL, one a request that has a session")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(registry);
	}

	@Override
	public ThrottledSession<S> createSession() {
		ThrottledSession<S> session = wrap(this.sessions.createSession());
		session.changed = true;
		return session;
	}

	/**
	 * Saves what changed, in a transaction of its own; a session nothing changed (a page
	 * view within the touch interval) costs no statement and no transaction, as Spring
	 * Session would write nothing for it either.
	 */
	@Override
	public void save(ThrottledSession<S> session) {
		if (session.changed) {
			this.ownTransaction.executeWithoutResult((status) -> this.sessions.save(session.delegate));
			session.changed = false;
		}
	}

	/**
	 * The session of a request: one statement (the session and its attributes), in no
	 * transaction, as it reads only.
	 */
	@Override
	public @Nullable ThrottledSession<S> findById(String id) {
		long started = System.nanoTime();
		S session;
		try {
			session = this.sessions.findById(id);
		}
		finally {
			this.reads.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
		return (session != null) ? wrap(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.ownTransaction.executeWithoutResult((status) -> this.sessions.deleteById(id));
	}

	@Override
	public Map<String, ThrottledSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		// Asked after a transaction committed (a password changed): a transaction of its
		// own, not the finished one's connection.
		Map<String, S> stored = this.ownTransaction
			.execute((status) -> this.sessions.findByIndexNameAndIndexValue(indexName, indexValue));
		Map<String, ThrottledSession<S>> found = new LinkedHashMap<>();
		stored.forEach((id, session) -> found.put(id, wrap(session)));
		return found;
	}

	private ThrottledSession<S> wrap(S session) {
		return new ThrottledSession<>(session, this.interval);
	}

	/**
	 * A session whose last-access time moves only by whole intervals; everything else
	 * goes to Spring Session's own session. Every change (new, a moved last access, a new
	 * id, an attribute set or removed, another idle time-out) marks it for saving.
	 */
	static final class ThrottledSession<S extends Session> implements Session {

		private final S delegate;

		private final Duration interval;

		private boolean changed;

		private ThrottledSession(S delegate, Duration interval) {
			this.delegate = delegate;
			this.interval = interval;
		}

		/**
		 * Moves the last-access time (and with it the expiry) only when the stored one is
		 * at least an interval older; a session read again within the interval is not
		 * changed by being used.
		 */
		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.delegate.getLastAccessedTime().plus(this.interval))) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
				this.changed = true;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.delegate.setAttribute(attributeName, attributeValue);
			this.changed = true;
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.delegate.removeAttribute(attributeName);
			this.changed = true;
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.delegate.setMaxInactiveInterval(interval);
			this.changed = true;
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
