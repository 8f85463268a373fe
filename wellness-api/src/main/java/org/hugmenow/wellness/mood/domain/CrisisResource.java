package org.hugmenow.wellness.mood.domain;

public record CrisisResource(String name, String phone, String url, String text) {
}
