package org.a4p.testing.housestyle.bad;

/** A class outside the eight packages. */
public class Stray {
}
