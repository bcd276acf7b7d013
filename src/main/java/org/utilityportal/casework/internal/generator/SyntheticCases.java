package org.utilityportal.casework.internal.generator;

import java.util.SplittableRandom;

import org.utilityportal.casework.Channel;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.shared.domain.Utility;

/**
 * What generated cases are about, with the proportions a city utility's service centre
 * sees: hotline and counter first, complaints and service requests first, electricity
 * before water, gas and metro; texts in Chinese as customers and clerks write them.
 */
final class SyntheticCases {

	/** Channels by weight (per mille). */
	private static final Channel[] CHANNELS = { Channel.HOTLINE, Channel.COUNTER, Channel.WEB, Channel.SMS_WECHAT,
			Channel.GOV_12345, Channel.DEPARTMENT, Channel.EMAIL_MEDIA, Channel.LETTER };

	private static final int[] CHANNEL_WEIGHTS = { 350, 200, 150, 120, 80, 50, 30, 20 };

	private static final Nature[] NATURES = { Nature.COMPLAINT, Nature.SERVICE_REQUEST, Nature.ENQUIRY,
			Nature.BILL_RECHECK, Nature.SUGGESTION, Nature.PRAISE };

	private static final int[] NATURE_WEIGHTS = { 350, 250, 200, 80, 70, 50 };

	private static final Utility[] UTILITIES = { Utility.ELECTRICITY, Utility.WATER, Utility.GAS, Utility.METRO };

	private static final int[] UTILITY_WEIGHTS = { 550, 250, 150, 50 };

	private static final String[] STREETS = { "和平里", "安定门外大街", "建国路", "中关村大街", "学院路", "望京西园", "丰台北路", "鲁谷路", "新华大街",
			"回龙观西大街", "黄村西大街", "良乡大街" };

	private static final String[] DISTRICTS = { "东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "通州区", "昌平区", "大兴区", "房山区" };

	private static final String[] STATIONS = { "西直门", "东直门", "国贸", "西单", "天通苑", "回龙观", "宋家庄", "草桥" };

	private SyntheticCases() {
	}

	static Channel channel(SplittableRandom random) {
		return CHANNELS[weighted(random, CHANNEL_WEIGHTS)];
	}

	static Nature nature(SplittableRandom random) {
		return NATURES[weighted(random, NATURE_WEIGHTS)];
	}

	static Utility utility(SplittableRandom random) {
		return UTILITIES[weighted(random, UTILITY_WEIGHTS)];
	}

	/** A subject that fits the nature and utility (water subjects for water only). */
	static Subject subject(SplittableRandom random, Nature nature, Utility utility) {
		if (nature == Nature.BILL_RECHECK) {
			return Subject.BILLING;
		}
		int roll = random.nextInt(100);
		if (utility == Utility.WATER && roll < 30) {
			return pick(random, Subject.WATER_QUALITY, Subject.WATER_QUANTITY, Subject.WATER_PRESSURE);
		}
		return switch (nature) {
			case COMPLAINT -> (roll < 30) ? Subject.BILLING : (roll < 55) ? Subject.SUPPLY_QUALITY
					: (roll < 75) ? Subject.STAFF : (roll < 90) ? Subject.EQUIPMENT : Subject.POLICY;
			case SERVICE_REQUEST ->
				(roll < 50) ? Subject.EQUIPMENT : (roll < 80) ? Subject.SUPPLY_QUALITY : Subject.BILLING;
			case ENQUIRY -> (roll < 50) ? Subject.POLICY : (roll < 85) ? Subject.BILLING : Subject.EQUIPMENT;
			case PRAISE -> (roll < 80) ? Subject.STAFF : Subject.SUPPLY_QUALITY;
			default -> (roll < 40) ? Subject.POLICY : (roll < 70) ? Subject.EQUIPMENT : Subject.STAFF;
		};
	}

	/** Severity or impact: mostly 1, sometimes 2, rarely 3. */
	static int level(SplittableRandom random) {
		int roll = random.nextInt(100);
		return (roll < 68) ? 1 : (roll < 94) ? 2 : 3;
	}

	/** One line, as the clerk or the customer would write it. */
	static String summary(SplittableRandom random, Nature nature, Subject subject, Utility utility) {
		String what = switch (utility) {
			case ELECTRICITY -> "电";
			case WATER -> "水";
			case GAS -> "燃气";
			case METRO -> "地铁";
		};
		String text = switch (subject) {
			case STAFF -> (nature == Nature.PRAISE) ? pick(random, "感谢维修师傅冒雨抢修", "表扬营业员耐心细致", "热线坐席解答专业")
					: pick(random, "营业员服务态度差", "上门人员未出示工作证", "热线坐席解释不清", "维修人员迟到两小时");
			case EQUIPMENT -> pick(random, what + "表显示异常", "计量表箱门损坏", "设备噪音扰民", "表计需要移位", "自助缴费机吞卡");
			case POLICY -> pick(random, "阶梯价格如何计算", "峰谷分时政策咨询", "低保户优惠如何申请", "过户需要哪些材料");
			case BILLING -> pick(random, "本月" + what + "费异常偏高", what + "费重复扣款", "账单读数与表不符", "预存款未到账");
			case SUPPLY_QUALITY -> (utility == Utility.METRO) ? pick(random, "早高峰列车晚点", "车厢空调不制冷", "站内电梯停运")
					: pick(random, "频繁停" + what, what + "压不稳", "停" + what + "未提前通知", "抢修进度缓慢");
			case WATER_QUALITY -> pick(random, "自来水发黄", "自来水有异味", "水中有沉淀物");
			case WATER_QUANTITY -> pick(random, "整栋楼停水", "水流很小", "夜间无水");
			case WATER_PRESSURE -> pick(random, "高层水压不足", "早晚高峰水压低");
		};
		return text;
	}

	/** The details: what the customer said, a little longer. */
	static String details(SplittableRandom random, String summary) {
		return summary + "，" + pick(random, "已持续三天，影响正常生活，请尽快处理。", "多次致电未得到答复，要求给出书面说明。", "家中有老人，希望优先安排。",
				"请核实后回电告知处理结果。", "邻居家也有同样情况。");
	}

	/** Where it happened. */
	static String place(SplittableRandom random, Utility utility) {
		if (utility == Utility.METRO) {
			return "地铁" + (1 + random.nextInt(17)) + "号线" + pick(random, STATIONS) + "站";
		}
		return "北京市" + pick(random, DISTRICTS) + pick(random, STREETS) + (1 + random.nextInt(300)) + "号";
	}

	static String firstReply(SplittableRandom random) {
		return pick(random, "您好，已收到您的诉求，已安排专人核实，请保持电话畅通。", "您反映的问题已转相关班组处理，我们会在时限内答复。", "已受理，工作人员将上门查看。");
	}

	static String finalReply(SplittableRandom random, Nature nature) {
		return switch (nature) {
			case BILL_RECHECK -> pick(random, "经复核，抄表读数有误，已更正账单，多收费用将在下期抵扣。", "经复核，账单计费正确，已向您说明计费明细。");
			case ENQUIRY -> "已电话向您详细解答，并发送办理指南。";
			case PRAISE -> "感谢您的肯定，已转达当事员工并予以表扬。";
			case SUGGESTION -> "感谢您的建议，已提交相关部门研究采纳。";
			default -> pick(random, "经现场核查，问题已处理完毕，已恢复正常。", "已更换故障设备并回访确认正常。", "已对当事人批评教育，并向您致歉。");
		};
	}

	static String mobile(SplittableRandom random) {
		return pick(random, "139", "138", "186", "135", "177") + String.format("%08d", random.nextInt(100_000_000));
	}

	static int weighted(SplittableRandom random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	@SafeVarargs
	static <T> T pick(SplittableRandom random, T... values) {
		return values[random.nextInt(values.length)];
	}

}
