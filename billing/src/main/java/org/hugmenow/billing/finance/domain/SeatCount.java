package org.hugmenow.billing.finance.domain;

/** Active people with one cost centre and department (empty when the directory has none). */
public record SeatCount(String costCenter, String department, int seats) {
}
