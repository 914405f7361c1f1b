package com.valt.planner.diagram;

/** What a diagram node stands for; the painter picks its shape and colour from this. */
public enum NodeKind {
    CLIENT,
    APPLICATION_SERVER,
    MEDIA_SERVER,
    CAMERA,
    BEAM,
    /** An update mirror or licensing server on the internet. */
    INTERNET_HOST,
    DNS_SERVER
}
