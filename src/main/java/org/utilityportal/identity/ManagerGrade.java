package org.utilityportal.identity;

/** The grade of a key-account manager (客户经理), most senior first. */
public enum ManagerGrade {

	SENIOR, LEVEL_1, LEVEL_2, TRAINEE;

	/** The message key of the grade's name. */
	public String messageKey() {
		return "managerGrade." + name();
	}

}
