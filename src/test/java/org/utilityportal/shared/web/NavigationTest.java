package org.utilityportal.shared.web;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side menu: the signed-in person's entries in order, the entry of the current page
 * (the longest path that is the page's path or a parent of it) marked once.
 */
class NavigationTest {

	private static final MenuEntry SEARCH = new MenuEntry(Role.COUNTER, "/counter/customers", "menu.search", "d", 10);

	private static final MenuEntry NEW = new MenuEntry(Role.COUNTER, "/counter/customers/new", "menu.new", "d", 20);

	private static final MenuEntry CASES = new MenuEntry(Role.COUNTER, "/counter/cases", "menu.cases", "d", 5);

	private static final MenuEntry CASE_LIST = new MenuEntry(Role.COUNTER, "/counter/case", "menu.case", "d", 7);

	private static final MenuEntry BILLS = new MenuEntry(Role.CUSTOMER, "/my/bills", "menu.bills", "d", 1);

	private final Navigation navigation = new Navigation(List.of(SEARCH, NEW, CASES, CASE_LIST, BILLS), List.of());

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theMenuIsThePersonsEntriesInOrderWithThePagesEntryMarked() {
		signedIn(Role.COUNTER);
		onPage("/counter/customers/42");

		assertThat(this.navigation.menu()).containsExactly(new Navigation.MenuLink(CASES, false),
				new Navigation.MenuLink(CASE_LIST, false), new Navigation.MenuLink(SEARCH, true),
				new Navigation.MenuLink(NEW, false));
	}

	@Test
	void theLongestPathThatHoldsThePageWins() {
		signedIn(Role.COUNTER);
		onPage("/counter/customers/new");

		assertThat(this.navigation.menu()).filteredOn(Navigation.MenuLink::active)
			.extracting(Navigation.MenuLink::entry)
			.containsExactly(NEW);
		assertThat(this.navigation.isActive(NEW)).isTrue();
		assertThat(this.navigation.isActive(SEARCH)).isFalse();
	}

	@Test
	void aPathThatOnlyStartsWithTheSameLettersIsNotBelow() {
		signedIn(Role.COUNTER);
		onPage("/counter/cases/7");

		assertThat(this.navigation.menu()).filteredOn(Navigation.MenuLink::active)
			.extracting(Navigation.MenuLink::entry)
			.containsExactly(CASES);
	}

	@Test
	void aPageOutsideTheMenuMarksNothingAndAVisitorHasNoMenu() {
		signedIn(Role.COUNTER);
		onPage("/account/password");
		assertThat(this.navigation.menu()).noneMatch(Navigation.MenuLink::active).hasSize(4);

		SecurityContextHolder.clearContext();
		assertThat(this.navigation.menu()).isEmpty();
	}

	private static void onPage(String path) {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", path)));
	}

	private static void signedIn(Role role) {
		PortalPrincipal person = new Person(role);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, List.of()));
	}

	private record Person(Role role) implements PortalPrincipal {

		@Override
		public long userId() {
			return 1;
		}

		@Override
		public String username() {
			return "counter1";
		}

		@Override
		public String displayName() {
			return "柜员";
		}

		@Override
		public Optional<String> workNumber() {
			return Optional.of("G001");
		}

		@Override
		public Optional<Long> customerId() {
			return Optional.empty();
		}

		@Override
		public boolean mayRevealPersonalData() {
			return false;
		}

	}

}
