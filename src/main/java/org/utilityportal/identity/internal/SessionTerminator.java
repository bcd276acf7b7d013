package org.utilityportal.identity.internal;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every open session of a person, on every instance: sessions live in PostgreSQL
 * (Spring Session JDBC) indexed by the sign-in name, so deleting them there signs the
 * person out wherever they are. Runs after the transaction that disabled the person or
 * reset their password has committed, so a change that fails ends nothing.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	/**
	 * Ends the person's sessions once the current transaction commits (at once without
	 * one).
	 */
	void endSessionsOf(String username) {
		endOtherSessionsOf(username, null);
	}

	/**
	 * Ends the person's sessions but the one given (the session in which they changed
	 * their password), once the current transaction commits (at once without one).
	 * @param keep the id of the session to keep, or {@code null} to end all
	 */
	public void endOtherSessionsOf(String username, String keep) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			end(username, keep);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				end(username, keep);
			}

		});
	}

	private void end(String username, String keep) {
		var open = this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keep))
			.toList();
		open.forEach(this.sessions::deleteById);
		log.info("Ended {} open session(s) of {}", open.size(), username);
	}

}
