package org.a4p.testing.housestyle.good.rest;

import org.a4p.testing.housestyle.good.service.ItemService;

public class ItemResource {
    private final ItemService service = new ItemService();

    public String get() {
        return service.get("x").name();
    }
}
