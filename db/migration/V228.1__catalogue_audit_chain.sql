-- Published fees in the tamper-evident audit trail (issue 13, V226): a catalogue version (the
-- service's fee, documents and commitment, with the document that published it) joins the chain
-- when it is published; a published version never changes (V25).
select audit_chain_register('catalogue_version', 'status = ''PUBLISHED''');
