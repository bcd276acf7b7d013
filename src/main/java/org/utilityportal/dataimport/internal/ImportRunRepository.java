package org.utilityportal.dataimport.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Import runs. */
public interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

	List<ImportRun> findTop20ByOrderByUploadedAtDesc();

}
