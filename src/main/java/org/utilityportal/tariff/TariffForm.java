package org.utilityportal.tariff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Unit;

/** A new tariff as a price officer types it: utility, category, names and unit. */
@Getter
@Setter
public class TariffForm {

	@NotNull
	private Utility utility;

	@NotNull
	private TariffCategory category;

	@NotBlank
	@Size(max = 100)
	private String nameZh;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	@NotNull
	private Unit unit;

}
