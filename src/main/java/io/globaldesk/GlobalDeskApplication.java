package io.globaldesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GlobalDeskApplication {
    public static void main(String[] args) {
        SpringApplication.run(GlobalDeskApplication.class, args);
    }
}
