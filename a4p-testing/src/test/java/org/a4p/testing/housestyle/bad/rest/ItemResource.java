package org.a4p.testing.housestyle.bad.rest;

import org.a4p.testing.housestyle.bad.service.ItemService;

public class ItemResource {
    private final ItemService service = new ItemService();

    public String get() {
        return service.get("x").name();
    }
}
