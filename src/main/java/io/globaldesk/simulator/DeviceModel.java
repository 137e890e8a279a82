package io.globaldesk.simulator;

import java.util.List;

/** A device an SDK runs on: its OS strings, whether it is a desktop, and whether it is a low-end model. */
record DeviceModel(String name, List<String> osVersions, boolean desktop, boolean lowEnd) {

    static final List<String> SDK_VERSIONS = List.of("4.5.1", "4.5.0", "4.4.2", "4.3.1", "4.2.6");

    static final List<DeviceModel> CATALOG = List.of(
            new DeviceModel("Pixel 9", List.of("Android 15"), false, false),
            new DeviceModel("Galaxy S24", List.of("Android 14", "Android 15"), false, false),
            new DeviceModel("Galaxy A15", List.of("Android 14"), false, true),
            new DeviceModel("Redmi Note 12", List.of("Android 13", "Android 14"), false, true),
            new DeviceModel("iPhone 16", List.of("iOS 18.1"), false, false),
            new DeviceModel("iPhone 12", List.of("iOS 17.6", "iOS 18.1"), false, false),
            new DeviceModel("iPad Air", List.of("iPadOS 18.1"), false, false),
            new DeviceModel("MacBook Pro", List.of("macOS 15.1", "macOS 14.7"), true, false),
            new DeviceModel("Dell XPS 13", List.of("Windows 11"), true, false),
            new DeviceModel("ThinkPad E14", List.of("Windows 10", "Windows 11"), true, true),
            new DeviceModel("Chrome", List.of("Web Chrome/131", "Web Chrome/130"), true, false));
}
