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
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	/**
	 * Ends the person's sessions once the current transaction commits (at once without
	 * one).
	 */
	void endSessionsOf(String username) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			end(username);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				end(username);
			}

		});
	}

	private void end(String username) {
		var open = this.sessions.findByPrincipalName(username);
		open.keySet().forEach(this.sessions::deleteById);
		log.info("Ended {} open session(s) of {}", open.size(), username);
	}

}
