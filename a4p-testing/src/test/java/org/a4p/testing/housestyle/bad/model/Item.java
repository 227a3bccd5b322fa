package org.a4p.testing.housestyle.bad.model;

public record Item(String name) {
}
