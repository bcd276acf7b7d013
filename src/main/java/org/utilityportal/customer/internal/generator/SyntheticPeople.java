package org.utilityportal.customer.internal.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.utilityportal.customer.IdentityDocuments;

/**
 * Realistic, unique and valid synthetic personal data for load tests: Chinese names with
 * a real surname distribution, resident identity numbers and credit codes with correct
 * check characters, mainland mobile numbers and Beijing-style addresses. Uniqueness comes
 * from the row number {@code g}, not from chance: identity numbers and first mobile
 * numbers never repeat for different {@code g}. Region codes and mobile prefixes avoid
 * those of the demo data.
 */
final class SyntheticPeople {

	/** The most common surnames, roughly in order of frequency, repeated by weight. */
	private static final String SURNAMES = "王王王王王李李李李李张张张张张刘刘刘刘陈陈陈陈杨杨杨黄黄赵赵吴吴周周徐徐孙孙马马朱朱胡胡郭郭何何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司马上官诸葛";

	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华晓明晓东晓红志强志明海燕玉兰春梅凤英文杰婷宇浩然子涵欣怡梓轩一诺佳怡雨涵子轩浩宇思远俊杰鑫淑珍桂兰丹玲萍红梅德明德华国强国庆金凤瑞成学军振华立新慧敏晓燕雪梅颖晨阳博文";

	private static final String[] REGIONS = { "110108", "110114", "110115", "110116", "110117", "110228", "120101",
			"120103", "130102", "130104", "140105", "150102", "210102", "210202", "220102", "230102", "310101",
			"310105", "310106", "310110", "310112", "310115", "320105", "320106", "320211", "320505", "330102",
			"330103", "330203", "340102", "350102", "350203", "360102", "370102", "370202", "410102", "410105",
			"420102", "420106", "430102", "430104", "440103", "440104", "440106", "440305", "440306", "450102",
			"460105", "500103", "500105", "510104", "510105", "520102", "530102", "610103", "610113", "620102",
			"630102", "640104", "650102" };

	private static final String[] MOBILE_PREFIXES = { "131", "132", "134", "145", "147", "151", "152", "153", "155",
			"156", "157", "158", "170", "171", "173", "175", "176", "178", "180", "181", "182", "183", "184", "185",
			"187", "189", "191", "193", "195", "196", "198" };

	private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final String[] DISTRICTS = { "东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "通州区", "顺义区", "昌平区", "大兴区" };

	private static final String[] ROADS = { "和平里", "安定门外大街", "建国路", "中关村大街", "学院路", "望京西园", "丰台北路", "鲁谷路", "新华大街",
			"府前街", "回龙观西大街", "兴华大街", "东直门南大街", "广安门内大街" };

	private static final String[] COMPANY_WORDS = { "新达", "恒通", "华信", "金源", "宏业", "瑞丰", "中联", "安泰", "鼎盛", "同创", "永兴",
			"天成" };

	private static final String[] INDUSTRIES = { "科技有限公司", "商贸有限公司", "餐饮管理有限公司", "物业管理有限公司", "机械制造有限公司", "食品有限公司",
			"建材有限公司", "酒店有限公司" };

	private static final int DAYS = 365 * 60;

	private SyntheticPeople() {
	}

	/** A surname (one or two characters) and a given name of one or two characters. */
	static String personName(SplittableRandom random) {
		String surname;
		int pick = random.nextInt(SURNAMES.length() + 4);
		if (pick >= SURNAMES.length()) {
			int compound = SURNAMES.length() - 8 + 2 * (pick - SURNAMES.length());
			surname = SURNAMES.substring(compound, compound + 2);
		}
		else {
			surname = SURNAMES.substring(pick, pick + 1);
		}
		StringBuilder name = new StringBuilder(surname);
		int length = (random.nextInt(10) < 7) ? 2 : 1;
		for (int i = 0; i < length; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	static String companyName(SplittableRandom random) {
		return "北京" + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)]
				+ COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + INDUSTRIES[random.nextInt(INDUSTRIES.length)];
	}

	/**
	 * A valid resident identity number, different for every {@code g}, born 1940–1999.
	 */
	static String residentId(long g) {
		int region = (int) (g % REGIONS.length);
		long rest = g / REGIONS.length;
		int day = (int) (rest % DAYS);
		int sequence = (int) ((rest / DAYS + (g * 7919L) % 1000) % 1000);
		LocalDate born = LocalDate.of(1940, 1, 1).plusDays(day);
		String first17 = REGIONS[region] + born.toString().replace("-", "") + String.format("%03d", sequence);
		return first17 + IdentityDocuments.residentCheckCharacter(first17);
	}

	/** A valid unified social credit code, different for every {@code g}. */
	static String creditCode(long g) {
		StringBuilder code = new StringBuilder("91").append(REGIONS[(int) (g % REGIONS.length)]);
		long value = g;
		char[] organisation = new char[9];
		for (int i = 8; i >= 0; i--) {
			organisation[i] = CREDIT_CHARACTERS.charAt((int) (value % CREDIT_CHARACTERS.length()));
			value /= CREDIT_CHARACTERS.length();
		}
		code.append(organisation);
		return code + String.valueOf(IdentityDocuments.creditCodeCheckCharacter(code.toString()));
	}

	/** A mobile number, different for every {@code g} below 3.1 billion. */
	static String mobile(long g) {
		long subscriber = ((g / MOBILE_PREFIXES.length) * 48271L) % 100_000_000L;
		return MOBILE_PREFIXES[(int) (g % MOBILE_PREFIXES.length)] + String.format("%08d", subscriber);
	}

	/** Another mobile number, for the few customers with two. */
	static String secondMobile(SplittableRandom random) {
		return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
				+ String.format("%08d", random.nextInt(100_000_000));
	}

	static String address(SplittableRandom random) {
		return "北京市" + DISTRICTS[random.nextInt(DISTRICTS.length)] + ROADS[random.nextInt(ROADS.length)]
				+ (1 + random.nextInt(300)) + "号" + (1 + random.nextInt(20)) + "号楼" + (1 + random.nextInt(6)) + "单元"
				+ (101 + random.nextInt(25) * 100 + random.nextInt(6));
	}

}
