package taizhang.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import taizhang.model.IssueCategory;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.PositionKind;

/**
 * The demo city's responsibility structure: city government, rectification office, supervision
 * groups, 30 city departments (two with a branch per county), 10 counties/districts with their
 * offices, townships/streets and some enterprises, and the people who answer for them.
 */
final class OrgChart {

	/** The head (第一责任人), deputies (分管领导) and staff of one organization. */
	static final class Unit {
		final Organization organization;
		final Person head;
		final List<Person> deputies = new ArrayList<>(2);
		final List<Person> staff = new ArrayList<>(3);

		Unit(Organization organization, Person head) {
			this.organization = organization;
			this.head = head;
		}

		/** A deputy, or the head when the unit has none. */
		Person deputy(Rng rng) {
			return deputies.isEmpty() ? head : rng.pick(deputies);
		}

		/** Anyone of the unit, staff preferred: who files reports and changes statuses. */
		Person clerk(Rng rng) {
			return staff.isEmpty() ? deputy(rng) : rng.pick(staff);
		}
	}

	/** A county or district with everything under it. */
	static final class County {
		final int index;
		final Unit unit;
		final Unit office;
		final List<Unit> townships = new ArrayList<>(8);
		final List<Unit> enterprises = new ArrayList<>(2);

		County(int index, Unit unit, Unit office) {
			this.index = index;
			this.unit = unit;
			this.office = office;
		}

		/** The county's own name, 明湖区, without the city. */
		String name() {
			return unit.organization.getShortName();
		}

		boolean isDistrict() {
			return name().endsWith("区");
		}
	}

	private record DepartmentSpec(String name, String shortName, String headTitle) {
	}

	private static final DepartmentSpec[] DEPARTMENTS = { //
			new DepartmentSpec("生态环境局", "生态环境局", "局长"), //
			new DepartmentSpec("自然资源和规划局", "自然资源局", "局长"), //
			new DepartmentSpec("住房和城乡建设局", "住建局", "局长"), //
			new DepartmentSpec("农业农村局", "农业农村局", "局长"), //
			new DepartmentSpec("水务局", "水务局", "局长"), //
			new DepartmentSpec("城市管理局", "城管局", "局长"), //
			new DepartmentSpec("交通运输局", "交通运输局", "局长"), //
			new DepartmentSpec("工业和信息化局", "工信局", "局长"), //
			new DepartmentSpec("发展和改革委员会", "发改委", "主任"), //
			new DepartmentSpec("林业局", "林业局", "局长"), //
			new DepartmentSpec("公安局", "公安局", "局长"), //
			new DepartmentSpec("市场监督管理局", "市场监管局", "局长"), //
			new DepartmentSpec("卫生健康委员会", "卫健委", "主任"), //
			new DepartmentSpec("应急管理局", "应急管理局", "局长"), //
			new DepartmentSpec("商务局", "商务局", "局长"), //
			new DepartmentSpec("财政局", "财政局", "局长"), //
			new DepartmentSpec("文化广电旅游局", "文旅局", "局长"), //
			new DepartmentSpec("教育局", "教育局", "局长"), //
			new DepartmentSpec("科学技术局", "科技局", "局长"), //
			new DepartmentSpec("气象局", "气象局", "局长"), //
			new DepartmentSpec("综合行政执法局", "综合执法局", "局长"), //
			new DepartmentSpec("人民政府国有资产监督管理委员会", "国资委", "主任"), //
			new DepartmentSpec("司法局", "司法局", "局长"), //
			new DepartmentSpec("审计局", "审计局", "局长"), //
			new DepartmentSpec("统计局", "统计局", "局长"), //
			new DepartmentSpec("行政审批服务局", "行政审批局", "局长"), //
			new DepartmentSpec("住房保障和房产管理局", "房管局", "局长"), //
			new DepartmentSpec("委宣传部", "市委宣传部", "部长"), //
			new DepartmentSpec("委组织部", "市委组织部", "部长"), //
			new DepartmentSpec("纪委监委", "市纪委监委", "书记"), //
	};

	/** Departments with a branch in every county (分局). */
	private static final Set<String> WITH_BRANCHES = Set.of("生态环境局", "自然资源局");

	private static final String[] VICE_MAYOR_PORTFOLIOS = { "副市长（分管生态环境）", "副市长（分管城乡建设）",
			"副市长（分管农业农村和水利）", "副市长（分管工业）" };

	final Unit city;
	final Unit office;
	/** The city inspection groups (市督察组), which check claimed completions. */
	final List<Unit> inspectionGroups = new ArrayList<>(3);
	final List<Person> viceMayors = new ArrayList<>(4);
	final List<County> counties = new ArrayList<>(10);
	final Map<String, Unit> departments = new HashMap<>();
	private final Map<Organization, Unit> units = new IdentityHashMap<>();
	private final Map<String, Unit> branches = new HashMap<>();

	private final Ledger ledger;
	private final Ids ids;
	private final Rng rng;
	private final Set<String> usedNames = new HashSet<>();
	private int nextEnterpriseRoot;

	OrgChart(Ledger ledger, Ids ids, Rng rng) {
		this.ledger = ledger;
		this.ids = ids;
		this.rng = rng;
		city = unit(Names.CITY + "人民政府", "市政府", "JZ", OrganizationKind.CITY_GOVERNMENT, null, "市长");
		person(city, "常务副市长", city.deputies);
		for (String portfolio : VICE_MAYOR_PORTFOLIOS) {
			Person viceMayor = person(city, portfolio, city.deputies);
			viceMayor.setPosition(PositionKind.CONTACT_LEADER);
			viceMayors.add(viceMayor);
		}
		person(city, "市政府秘书长", city.staff);

		office = unit(Names.CITY + "生态环境保护督察整改工作领导小组办公室", "市督察整改办", "JZ-DCB",
				OrganizationKind.OFFICE, city.organization, "主任");
		person(office, "常务副主任", office.deputies);
		person(office, "副主任", office.deputies);
		person(office, "督办科科长", office.staff);
		person(office, "综合科科长", office.staff);
		person(office, "科员", office.staff);
		person(office, "科员", office.staff);

		String[] groupNumbers = { "一", "二", "三" };
		for (int i = 0; i < groupNumbers.length; i++) {
			Unit group = unit(Names.CITY + "生态环境保护督察组第" + groupNumbers[i] + "组", "市督察组" + groupNumbers[i] + "组",
					"JZ-DCZ" + (i + 1), OrganizationKind.SUPERVISION_GROUP, office.organization, "组长");
			person(group, "副组长", group.deputies);
			person(group, "组员", group.staff);
			person(group, "组员", group.staff);
			inspectionGroups.add(group);
		}
		Unit partyInspection = unit("中共" + Names.CITY + "委督查室", "市委督查室", "JZ-SWDC",
				OrganizationKind.SUPERVISION_GROUP, city.organization, "主任");
		person(partyInspection, "科员", partyInspection.staff);
		Unit governmentInspection = unit(Names.CITY + "人民政府督查室", "市政府督查室", "JZ-SZFDC",
				OrganizationKind.SUPERVISION_GROUP, city.organization, "主任");
		person(governmentInspection, "科员", governmentInspection.staff);

		for (int i = 0; i < DEPARTMENTS.length; i++) {
			DepartmentSpec spec = DEPARTMENTS[i];
			String name = spec.name().startsWith("委") ? "中共" + Names.CITY + spec.name() : Names.CITY + spec.name();
			Unit department = unit(name, spec.shortName(), String.format("JZ-D%02d", i + 1),
					OrganizationKind.DEPARTMENT, city.organization, spec.headTitle());
			String deputyTitle = "副" + spec.headTitle();
			person(department, deputyTitle, department.deputies);
			person(department, deputyTitle, department.deputies);
			person(department, "科长", department.staff);
			person(department, "联络员", department.staff);
			departments.put(spec.shortName(), department);
		}

		List<String> roots = new ArrayList<>(List.of(Names.PLACE_ROOTS));
		shuffle(roots);
		int nextRoot = 0;
		for (int c = 0; c < Names.COUNTIES.length; c++) {
			String countyName = Names.COUNTIES[c];
			boolean district = countyName.endsWith("区");
			String head = district ? "区长" : "县长";
			Unit countyUnit = unit(Names.CITY + countyName, countyName, "JZ-" + Names.COUNTY_CODES[c],
					OrganizationKind.COUNTY_DISTRICT, city.organization, head);
			person(countyUnit, "常务副" + head, countyUnit.deputies);
			person(countyUnit, "副" + head, countyUnit.deputies);
			person(countyUnit, "副" + head, countyUnit.deputies);
			person(countyUnit, (district ? "区" : "县") + "政府办公室联络员", countyUnit.staff);
			Unit countyOffice = unit(countyName + "督察整改办", countyName.substring(0, 2) + "督察整改办",
					"JZ-" + Names.COUNTY_CODES[c] + "-DCB", OrganizationKind.OFFICE, countyUnit.organization, "主任");
			person(countyOffice, "联络员", countyOffice.staff);
			County county = new County(c, countyUnit, countyOffice);
			for (int t = 0; t < 8; t++) {
				String root = roots.get(nextRoot++);
				String suffix = district ? "街道" : t == 0 ? "镇" : rng.chance(0.3) ? "乡" : "镇";
				String townName = !district && t == 0 ? "城关镇" : root + suffix;
				String townHead = switch (suffix) {
					case "街道" -> "街道办事处主任";
					case "乡" -> "乡长";
					default -> "镇长";
				};
				Unit township = unit(countyName + townName, townName,
						String.format("JZ-%s-%02d", Names.COUNTY_CODES[c], t + 1), OrganizationKind.TOWNSHIP_STREET,
						countyUnit.organization, townHead);
				person(township, suffix.equals("街道") ? "街道办事处副主任" : "副" + townHead, township.deputies);
				person(township, "生态环境保护站站长", township.staff);
				county.townships.add(township);
			}
			for (int e = 0; e < 2; e++) {
				String root = Names.PLACE_ROOTS[nextEnterpriseRoot++ * 7 % Names.PLACE_ROOTS.length];
				String enterpriseName = Names.CITY_SHORT + root + rng.pick(Names.ENTERPRISE_TRADES);
				Unit enterprise = unit(enterpriseName, root + "公司",
						String.format("JZ-%s-E%d", Names.COUNTY_CODES[c], e + 1), OrganizationKind.ENTERPRISE,
						countyUnit.organization, "总经理");
				person(enterprise, "环保负责人", enterprise.staff);
				county.enterprises.add(enterprise);
			}
			counties.add(county);
		}

		// Branches come last so that the county list above reads as in a real organization chart.
		for (String departmentName : List.of("生态环境局", "自然资源局")) {
			Unit department = departments.get(departmentName);
			for (County county : counties) {
				Unit branch = unit(department.organization.getName() + county.name() + "分局",
						county.name().substring(0, 2) + departmentName.replace("局", "分局"),
						department.organization.getCode() + "-" + Names.COUNTY_CODES[county.index],
						OrganizationKind.DEPARTMENT, department.organization, "分局局长");
				person(branch, "分局副局长", branch.deputies);
				branches.put(departmentName + county.index, branch);
			}
		}
	}

	/**
	 * The city's party committee (中共江州市委员会), whose secretary is a first responsible person of the
	 * city too (党政同责). Added after everything else, so that the ids and draws of the rest of the
	 * ledger stay what they were before committees were modelled.
	 */
	void addPartyCommittee() {
		unit("中共" + Names.CITY + "委员会", "市委", "JZ-SW", OrganizationKind.PARTY_COMMITTEE, null, "市委书记");
	}

	Unit unitOf(Organization organization) {
		return units.get(organization);
	}

	/** The branch of {@code department} in {@code county}, or the department itself. */
	Unit local(Unit department, County county) {
		String shortName = department.organization.getShortName();
		if (!WITH_BRANCHES.contains(shortName)) {
			return department;
		}
		return branches.get(shortName + county.index);
	}

	/** A city department that leads issues of {@code category}. */
	Unit departmentFor(IssueCategory category, Rng random) {
		return departments.get(random.pick(CategoryTexts.of(category).leadDepartments()));
	}

	/** The vice mayor whose portfolio covers {@code category} (市级联系领导). */
	Person contactLeaderFor(IssueCategory category) {
		return viceMayors.get(switch (category) {
			case AIR, SOIL, ODOR, OTHER -> 0;
			case DUST, NOISE, CATERING_FUMES, SOLID_WASTE -> 1;
			case WATER, ECOLOGY -> 2;
			default -> 3;
		});
	}

	private Unit unit(String name, String shortName, String code, OrganizationKind kind, Organization parent,
			String headTitle) {
		Organization organization = ModelFactory.eINSTANCE.createOrganization();
		organization.setId(ids.next('O'));
		organization.setName(name);
		organization.setShortName(shortName);
		organization.setCode(code);
		organization.setKind(kind);
		organization.setParent(parent);
		ledger.getOrganizations().add(organization);
		Person head = newPerson(organization, headTitle);
		head.setPosition(PositionKind.FIRST_RESPONSIBLE_PERSON);
		Unit unit = new Unit(organization, head);
		units.put(organization, unit);
		return unit;
	}

	/** A deputy (分管领导) or a member of staff (the liaison among them: 联络员). */
	private Person person(Unit unit, String title, List<Person> into) {
		Person person = newPerson(unit.organization, title);
		if (into == unit.deputies) {
			person.setPosition(PositionKind.LEADER_IN_CHARGE);
		} else if (title.contains("联络员")) {
			person.setPosition(PositionKind.LIAISON);
		}
		into.add(person);
		return person;
	}

	private Person newPerson(Organization organization, String title) {
		Person person = ModelFactory.eINSTANCE.createPerson();
		person.setId(ids.next('P'));
		person.setName(uniqueName());
		person.setTitle(title);
		person.setPhone(rng.pick(Names.MOBILE_PREFIXES) + String.format("%08d", rng.nextInt(100_000_000)));
		person.setOrganization(organization);
		ledger.getPersons().add(person);
		return person;
	}

	private String uniqueName() {
		while (true) {
			String name = rng.pick(Names.SURNAMES) + rng.pick(Names.GIVEN)
					+ (rng.chance(0.7) ? rng.pick(Names.GIVEN) : "");
			if (usedNames.add(name)) {
				return name;
			}
		}
	}

	private void shuffle(List<String> values) {
		for (int i = values.size() - 1; i > 0; i--) {
			int j = rng.nextInt(i + 1);
			values.set(j, values.set(i, values.get(j)));
		}
	}
}
