package org.a4p.testing.housestyle.good.model;

public record Item(String name) {
}
