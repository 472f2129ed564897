package com.example.citi.au.customers.server.image;

/** Width and height in pixels, as the file's header declares them. */
record ImageSize(long width, long height) {

    boolean fitsWithin(long maxSide) {
        return width > 0 && height > 0 && width <= maxSide && height <= maxSide;
    }
}
