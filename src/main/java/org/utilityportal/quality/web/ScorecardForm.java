package org.utilityportal.quality.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.quality.ScorecardView;

/**
 * The next version of a scorecard: its names and items, one row each; rows left empty are
 * dropped.
 */
@Getter
@Setter
public class ScorecardForm {

	@NotBlank
	@Size(max = 100)
	private String nameZh;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	@Valid
	private List<Row> items = new ArrayList<>();

	/** One item as typed. */
	@Getter
	@Setter
	public static class Row {

		@Size(max = 16)
		private String groupCode;

		@Size(max = 8)
		private String code;

		@Size(max = 200)
		private String textZh;

		@Size(max = 200)
		private String textEn;

		private Integer points;

		boolean blank() {
			return !StringUtils.hasText(this.groupCode) && !StringUtils.hasText(this.code)
					&& !StringUtils.hasText(this.textZh) && !StringUtils.hasText(this.textEn) && this.points == null;
		}

	}

	/** Checks the rows that are not empty; messages next to the cells. */
	void validate(Errors errors) {
		java.util.Set<String> codes = new java.util.HashSet<>();
		int filled = 0;
		for (int i = 0; i < this.items.size(); i++) {
			Row row = this.items.get(i);
			if (row.blank()) {
				continue;
			}
			filled++;
			String prefix = "items[" + i + "].";
			for (String field : List.of("groupCode", "code", "textZh", "textEn")) {
				Object value = errors.getFieldValue(prefix + field);
				if (value == null || value.toString().isBlank()) {
					errors.rejectValue(prefix + field, "validation.required");
				}
			}
			if (row.getPoints() == null || row.getPoints() < 1 || row.getPoints() > 100) {
				errors.rejectValue(prefix + "points", "quality.validation.points");
			}
			if (StringUtils.hasText(row.getCode()) && !codes.add(row.getCode().strip())) {
				errors.rejectValue(prefix + "code", "quality.validation.duplicateCode");
			}
		}
		if (filled == 0) {
			errors.reject("quality.validation.noItems");
		}
	}

	/** The rows that are not empty, as items. */
	List<ScorecardView.Item> toItems() {
		return this.items.stream()
			.filter((row) -> !row.blank())
			.map((row) -> new ScorecardView.Item(row.getGroupCode().strip(), row.getCode().strip(),
					row.getTextZh().strip(), row.getTextEn().strip(), row.getPoints()))
			.toList();
	}

	/** A form for a card's next version, with a few empty rows to add items. */
	static ScorecardForm of(ScorecardView card) {
		ScorecardForm form = new ScorecardForm();
		form.setNameZh(card.nameZh());
		form.setNameEn(card.nameEn());
		for (ScorecardView.Item item : card.items()) {
			Row row = new Row();
			row.setGroupCode(item.groupCode());
			row.setCode(item.code());
			row.setTextZh(item.textZh());
			row.setTextEn(item.textEn());
			row.setPoints(item.points());
			form.getItems().add(row);
		}
		for (int i = 0; i < 3; i++) {
			form.getItems().add(new Row());
		}
		return form;
	}

}
