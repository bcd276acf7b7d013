-- Published metro fares in the tamper-evident audit trail (issue 13, V226): a fare version joins
-- the chain when it is published, with its distance bands and its monthly-spending discounts (rows
-- of their own, keyed by the version and their position, which never change once the version is
-- published: V31, V73), so a band or discount changed or removed breaks the chain at its version.
select audit_chain_register('metro_fare_version', 'status = ''PUBLISHED''', '{}',
    $parts$jsonb_build_object(
        'bands', (select coalesce(jsonb_agg(jsonb_build_object('position', b.position, 'up_to_km', b.up_to_km,
                                                               'fare', b.fare) order by b.position), '[]')
                  from metro_fare_band b where b.fare_version_id = t.id),
        'discounts', (select coalesce(jsonb_agg(jsonb_build_object('position', d.position, 'from_spent', d.from_spent,
                                                                   'rate', d.rate) order by d.position), '[]')
                      from metro_fare_discount d where d.fare_version_id = t.id))$parts$);
